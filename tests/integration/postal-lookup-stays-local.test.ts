import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { publicContext } from "@/server/context";
import { lookupPostalCode } from "@/server/directory/lookup-postal-code";

// As on a newcomer's machine: nothing says where Represent is.
delete process.env.REPRESENT_URL;

// Every request this process makes, recorded on its way out (and still made).
const requested: string[] = [];
const realFetch = globalThis.fetch;
beforeAll(async () => {
  globalThis.fetch = (input, init) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  await importDirectory(db(), readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe("postal-code lookups by default", () => {
  it("stay on this server: a code the directory cannot place exactly gets its local hint, and nothing is asked of Represent", async () => {
    // K1P is a prefix hint in the fixtures; K1P 7Z9 itself is in no exact data, which is when
    // Represent would have been asked.
    const lookup = await lookupPostalCode(publicContext, "K1P 7Z9");
    expect(lookup).toMatchObject({ ok: true, basis: "hint", mustChoose: true });
    expect(lookup.ok && lookup.candidates.map((candidate) => candidate.nameEn)).toEqual(["Ottawa Centre"]);
    expect(requested).toEqual([]);
  });
});
