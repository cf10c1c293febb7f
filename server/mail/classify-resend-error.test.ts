import { describe, expect, it } from "vitest";
import { classifyResendError } from "./classify-resend-error";

describe("classifyResendError", () => {
  it("retries rate limits, honouring Retry-After", () => {
    expect(classifyResendError({ statusCode: 429, name: "rate_limit_exceeded" }, { "retry-after": "7" })).toMatchObject({ ok: false, retryable: true, retryAfterSeconds: 7 });
  });

  it("retries server errors, network failures and a key still in progress", () => {
    expect(classifyResendError({ statusCode: 503 }, null)).toMatchObject({ retryable: true });
    expect(classifyResendError({ statusCode: null, name: "application_error" }, null)).toMatchObject({ retryable: true });
    expect(classifyResendError({ statusCode: 409, name: "concurrent_idempotent_requests" }, null)).toMatchObject({ retryable: true });
  });

  it("gives up at once on validation and authorisation errors", () => {
    expect(classifyResendError({ statusCode: 422, name: "validation_error" }, null)).toMatchObject({ ok: false, retryable: false });
    expect(classifyResendError({ statusCode: 403, name: "invalid_api_key" }, null)).toMatchObject({ ok: false, retryable: false });
  });

  it("counts a key the provider already used as sent", () => {
    expect(classifyResendError({ statusCode: 409, name: "invalid_idempotent_request" }, null)).toEqual({ ok: true, providerIds: [], alreadySent: true });
  });
});
