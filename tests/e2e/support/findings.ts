import type { Database } from "@/db/client";
import type { FindingRecord } from "@/server/findings/import/finding-record";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";

/*
 * A small library for the findings journeys, saved through the data layer's own verb. Every record
 * carries the run's tag, so the timeline filtered by it shows these and nothing the integration
 * tests (which share the database) imported.
 */
export function findingsFor(suffix: string) {
  const tag = `e2e-${suffix}`;
  const base = { incomplete: false, fileNumbers: [], importance: 5, tags: [tag], actors: [], related: [] as string[], summary: { en: "Summary.", fr: "Résumé." } };
  const provincial: FindingRecord = {
    ...base,
    id: `2021-12--provincial-order-${suffix}`,
    date: "2021-12",
    kind: "order",
    binding: true,
    jurisdictions: ["BC"],
    issuers: ["Example Commissioner for British Columbia"],
    title: { en: `Commissioner orders deletion of faces ${suffix}`, fr: `Le commissaire ordonne l'effacement des visages ${suffix}` },
    sources: [{ url: "https://news.example/order", title: "Regulator orders deletion", publisher: "Example News", date: "2021-12-15", tier: 2 }],
  };
  const joint: FindingRecord = {
    ...base,
    id: `2021-02-03--joint-finding-${suffix}`,
    date: "2021-02-03",
    kind: "finding",
    binding: false,
    jurisdictions: ["CA", "QC"],
    issuers: ["Example Privacy Commissioner"],
    fileNumbers: ["PIPEDA-E2E-001"],
    importance: 9,
    title: { en: `Joint investigation finds mass surveillance ${suffix}`, fr: `L'enquête conjointe conclut à une surveillance de masse ${suffix}` },
    summary: { en: "Four commissioners found the **scraping** unlawful.", fr: null },
    related: [provincial.id, "2001--not-imported-yet"],
    sources: [
      { url: "https://regulator.example/finding", title: "Report of findings", publisher: "Example Privacy Commissioner", date: "2021-02-03", tier: 1 },
      { url: "https://blog.example/comment", title: "What the finding means", publisher: "A law professor", date: "2021", tier: 3 },
    ],
  };
  const review: FindingRecord = {
    ...base,
    id: `2024--court-review-${suffix}`,
    date: "2024",
    kind: "court-decision",
    binding: true,
    incomplete: true,
    jurisdictions: ["BC"],
    issuers: ["Example Supreme Court"],
    title: { en: `Court reviews the deletion order ${suffix}`, fr: `La cour révise l'ordonnance d'effacement ${suffix}` },
    sources: [],
  };
  return { tag, joint, provincial, review, all: [joint, provincial, review] };
}

export async function saveFindings(db: Database, records: FindingRecord[]): Promise<void> {
  for (const record of records) await db.transaction((tx) => saveFindingRecord(tx, record));
}
