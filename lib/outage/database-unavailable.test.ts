import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable, unavailableReason } from "./database-unavailable";

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises lost and refused connections, wrapped or not", () => {
    expect(isDatabaseUnavailable(withCode("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("CONNECTION_CLOSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P01"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: withCode("CONNECT_TIMEOUT") }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode("ECONNREFUSED")]))).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError())).toBe(true);
  });

  it("leaves bugs and bad data alone", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("23505"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("42P01"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe("unavailableReason", () => {
  it("names the connection's failure, not the statement drizzle wraps around it", () => {
    const wrapped = new Error('Failed query: select "name" from "organisation_settings" limit $1\nparams: 1', { cause: withCode("write CONNECTION_CLOSED 127.0.0.1:6432") });
    expect(unavailableReason(wrapped)).toBe("write CONNECTION_CLOSED 127.0.0.1:6432");
    expect(unavailableReason(new Error("first line\nsecond"))).toBe("first line");
  });
});
