import { beforeAll, describe, expect, it, vi } from "vitest";
import { unseal } from "@/lib/crypto/seal";
import { messageValues } from "./queue-email";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/unused");
  vi.stubEnv("AUTH_SECRET", SECRET);
});

const envelope = { category: "transactional", locale: "en", to: " Ana.Lopez+petition@Gmail.com ", idempotencyKey: "test/1" } as const;

describe("the row queueEmail writes", () => {
  it("seals the props the template declares secret and stores the rest as they are", () => {
    const row = messageValues({ ...envelope, template: "confirm-signature", props: { name: "Ana", campaignTitle: "Moratorium", confirmUrl: "https://act.example/en/confirm/tok" } });
    expect(row.props).toEqual({ name: "Ana", campaignTitle: "Moratorium" });
    expect(unseal(SECRET, row.sealedProps!)).toEqual({ confirmUrl: "https://act.example/en/confirm/tok" });
    expect(row).toMatchObject({ kind: "confirm-signature", template: "confirm-signature", toAddress: "Ana.Lopez+petition@Gmail.com", canonicalTo: "analopez@gmail.com" });
  });

  it("keeps the kinds the outbox has always shown, and seals nothing for a template without secrets", () => {
    expect(messageValues({ ...envelope, template: "sign-in-link", props: { url: "https://act.example/en/admin/sign-in/link?token=t" } })).toMatchObject({ kind: "sign-in", props: {} });
    expect(messageValues({ ...envelope, template: "target-bounced", props: { targetName: "MP", address: "mp@example.org" } })).toMatchObject({ kind: "target-bounced", sealedProps: null });
  });

  it("refuses props the template does not accept", () => {
    expect(() => messageValues({ ...envelope, template: "sign-in-link", props: { url: "javascript:alert(1)" } })).toThrow();
  });
});
