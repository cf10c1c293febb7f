import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import type { FindingRecord } from "@/server/findings/import/finding-record";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { publicContext } from "@/server/context";
import { getFinding } from "@/server/findings/get-finding";
import { listFindings } from "@/server/findings/list-findings";
import { uniqueSuffix } from "../support/factories";

// Every record of this file carries one tag of its own, so other files' findings never show up.
const tag = `timeline-${uniqueSuffix()}`;
const idOf = (date: string, name: string) => `${date}--${name}-${tag}`;

function record(date: string, name: string, overrides: Partial<FindingRecord> = {}): FindingRecord {
  return {
    id: idOf(date, name),
    date,
    kind: "finding",
    binding: false,
    incomplete: false,
    jurisdictions: ["CA"],
    issuers: ["Example Regulator"],
    fileNumbers: [],
    title: { en: `Finding ${name}`, fr: `Conclusion ${name}` },
    summary: { en: `Summary of ${name}.`, fr: null },
    importance: 5,
    tags: [tag],
    actors: [],
    related: [],
    sources: [{ url: `https://regulator.example/${name}`, title: name, publisher: null, date: null, tier: 1 }],
    ...overrides,
  };
}

const records = [
  record("2019", "year-only"),
  record("2020-06", "month-only", { kind: "statement", jurisdictions: ["BC", "AB"] }),
  record("2020-06-15", "order", { kind: "order", binding: true, jurisdictions: ["BC"], related: [idOf("2019", "year-only"), "2001--nowhere"] }),
  record("2021-03-01", "court", { kind: "court-decision", binding: true, related: [idOf("2020-06-15", "order")] }),
  record("2022-01-10", "draft", { incomplete: true, related: [idOf("2020-06-15", "order")] }),
];

beforeAll(async () => {
  for (const one of records) await db().transaction((tx) => saveFindingRecord(tx, one));
});

const ids = (page: Awaited<ReturnType<typeof listFindings>>) => page.items.map((item) => item.id);

describe("the findings timeline", () => {
  it("lists complete records newest first by their sortable date, or oldest first", async () => {
    expect(ids(await listFindings(publicContext, { tag }))).toEqual([idOf("2021-03-01", "court"), idOf("2020-06-15", "order"), idOf("2020-06", "month-only"), idOf("2019", "year-only")]);
    expect(ids(await listFindings(publicContext, { tag, order: "oldest" }))[0]).toBe(idOf("2019", "year-only"));
    expect((await listFindings(publicContext, { tag, includeIncomplete: "true" })).items[0]).toMatchObject({ id: idOf("2022-01-10", "draft"), incomplete: true, sortDate: "2022-01-10" });
    expect((await listFindings(publicContext, { tag, order: "oldest" })).items[0]).toMatchObject({ date: "2019", sortDate: "2019-01-01", title: { en: "Finding year-only", fr: "Conclusion year-only" } });
  });

  it("filters by kind, jurisdiction and whether binding", async () => {
    expect(ids(await listFindings(publicContext, { tag, kind: "order" }))).toEqual([idOf("2020-06-15", "order")]);
    expect(ids(await listFindings(publicContext, { tag, jurisdiction: "BC" }))).toEqual([idOf("2020-06-15", "order"), idOf("2020-06", "month-only")]);
    expect(ids(await listFindings(publicContext, { tag, binding: "true" }))).toEqual([idOf("2021-03-01", "court"), idOf("2020-06-15", "order")]);
    expect(ids(await listFindings(publicContext, { tag, binding: false, jurisdiction: "AB" }))).toEqual([idOf("2020-06", "month-only")]);
    await expect(listFindings(publicContext, { tag, kind: "verdict" })).rejects.toThrow();
  });

  it("pages by keyset until `next` is null", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listFindings(publicContext, { tag, limit: 2, after, includeIncomplete: true });
      seen.push(...ids(result));
      if (!result.next) break;
      after = result.next;
    }
    expect(seen).toEqual([...records].reverse().map((one) => one.id));
  });

  it("gives one record with its sources, the records it relates to, the unknown ones, and those citing it", async () => {
    const detail = await getFinding(publicContext, idOf("2020-06-15", "order"));
    expect(detail?.record).toEqual(records[2]);
    expect(detail?.sortDate).toBe("2020-06-15");
    expect(detail?.related.map((link) => link.id)).toEqual([idOf("2019", "year-only")]);
    expect(detail?.unknownRelated).toEqual(["2001--nowhere"]);
    expect(detail?.citedBy.map((link) => [link.id, link.incomplete])).toEqual([
      [idOf("2021-03-01", "court"), false],
      [idOf("2022-01-10", "draft"), true],
    ]);
    expect(await getFinding(publicContext, idOf("2018", "missing"))).toBeNull();
  });
});
