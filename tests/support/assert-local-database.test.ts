import { describe, expect, it } from "vitest";
import { assertLocalDatabase } from "./assert-local-database";

describe("assertLocalDatabase", () => {
  it.each(["postgres://postgres@127.0.0.1:5432/test", "postgres://postgres@localhost/test", "postgresql://u:p@[::1]:5432/x", "postgres://postgres@/test?host=/var/run/postgresql"])("accepts the local server %s", (url) => {
    expect(() => assertLocalDatabase(url)).not.toThrow();
  });

  it.each(["postgres://admin@db.example.org/prod", "postgres://u@10.0.0.5:5432/chorus", "postgres://u@localhost.evil.com/x"])("refuses the remote server %s", (url) => {
    expect(() => assertLocalDatabase(url)).toThrow(/Refusing to run tests/);
  });
});
