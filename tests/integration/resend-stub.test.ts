import { Resend } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startResendStub, type ResendStub } from "../support/resend-stub/server";

// The real SDK against the stub: what later mail tests rely on must behave as Resend does.
let stub: ResendStub;
let resend: Resend;

beforeAll(async () => {
  stub = await startResendStub();
  resend = new Resend("re_test_key", { baseUrl: stub.url });
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const message = (to: string) => ({
  from: "Private Faces Coalition <campaigns@privatefaces.example>",
  to,
  subject: "Please confirm your signature",
  html: "<p>Confirm</p>",
  text: "Confirm",
});

describe("Resend stub", () => {
  it("records a sent email and returns its id", async () => {
    const { data, error } = await resend.emails.send(message("ana@example.org"));
    expect(error).toBeNull();
    expect(stub.emails()).toEqual([expect.objectContaining({ id: data?.id, to: ["ana@example.org"], subject: "Please confirm your signature" })]);
  });

  it("replays a request with the same Idempotency-Key instead of sending twice", async () => {
    const first = await resend.emails.send(message("ana@example.org"), { idempotencyKey: "confirm/sig-1" });
    const second = await resend.emails.send(message("ana@example.org"), { idempotencyKey: "confirm/sig-1" });
    expect(second.data?.id).toBe(first.data?.id);
    expect(stub.emails()).toHaveLength(1);
  });

  it("refuses the same key with a different payload (409)", async () => {
    await resend.emails.send(message("ana@example.org"), { idempotencyKey: "confirm/sig-2" });
    const { error } = await resend.emails.send(message("other@example.org"), { idempotencyKey: "confirm/sig-2" });
    expect(error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(stub.emails()).toHaveLength(1);
  });

  it("answers 429 with Retry-After when told to, then accepts the retry", async () => {
    stub.inject({ status: 429, retryAfterSeconds: 2 });
    const limited = await resend.emails.send(message("ana@example.org"));
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited.headers?.["retry-after"]).toBe("2");
    expect(stub.emails()).toHaveLength(0);
    const retried = await resend.emails.send(message("ana@example.org"));
    expect(retried.error).toBeNull();
    expect(stub.emails()).toHaveLength(1);
  });

  it("answers 500 on demand, for the next N requests only", async () => {
    stub.inject({ status: 500, times: 2 });
    expect((await resend.emails.send(message("a@example.org"))).error?.statusCode).toBe(500);
    expect((await resend.emails.send(message("a@example.org"))).error?.statusCode).toBe(500);
    expect((await resend.emails.send(message("a@example.org"))).error).toBeNull();
    expect(stub.requests().map((request) => request.status)).toEqual([500, 500, 200]);
  });

  it("can be slow: the mail is accepted but the answer comes late", async () => {
    stub.inject({ delayMs: 400 });
    const started = Date.now();
    await resend.emails.send(message("slow@example.org"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(stub.emails()).toHaveLength(1);
  });

  it("rejects what Resend rejects (422): a bad sender, or no body at all", async () => {
    const badSender = await resend.emails.send({ ...message("y@example.org"), from: "not an address" });
    expect(badSender.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    const { html: _html, text: _text, ...bodiless } = message("y@example.org");
    const noBody = await resend.emails.send(bodiless as unknown as Parameters<typeof resend.emails.send>[0]);
    expect(noBody.error).toMatchObject({ statusCode: 422, message: expect.stringContaining("html") });
    expect(stub.emails()).toHaveLength(0);
  });

  it("sends a batch of 100 in one call, and refuses 101", async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => message(`reader${i}@example.org`));
    const { data, error } = await resend.batch.send(hundred, { idempotencyKey: "update/u1/batch-0" });
    expect(error).toBeNull();
    expect(data?.data).toHaveLength(100);
    expect(stub.emails().filter((email) => email.viaBatch)).toHaveLength(100);

    const tooMany = await resend.batch.send([...hundred, message("one-more@example.org")]);
    expect(tooMany.error).toMatchObject({ statusCode: 422 });
    expect(stub.emails()).toHaveLength(100);
  });

  it("refuses a call without a valid API key", async () => {
    const impostor = new Resend("sk_wrong", { baseUrl: stub.url });
    expect((await impostor.emails.send(message("a@example.org"))).error).toMatchObject({ statusCode: 403 });
  });
});
