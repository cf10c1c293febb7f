import type { Database } from "@/db/client";
import { fetchHouseOfCommons } from "@/lib/represent/represent-client";
import { importDirectory, type ImportReport } from "./import-directory";

/**
 * Refreshes every MP from Represent (npm run directory:sync): the same idempotent upsert as an
 * import, so it reports what changed (a by-election, a new address) and touches nothing else.
 */
export async function syncMembers(db: Database, representUrl: string, timeoutMs = 30_000): Promise<ImportReport> {
  const answer = await fetchHouseOfCommons(representUrl, timeoutMs);
  if (!answer.ok) throw new Error(`Represent did not answer (${answer.reason}); nothing changed.`);
  const today = new Date().toISOString().slice(0, 10);
  const rows = answer.mps.map((mp) => ({
    key: `mp:${mp.ridingCode}`,
    ridingId: `ocd-division/country:ca/ed:${mp.ridingCode}-2023`,
    office: "MP",
    name: mp.name,
    party: mp.party,
    email: mp.email,
    photoUrl: mp.photoUrl,
  }));
  const [report] = await importDirectory(db, [{ name: "Represent", file: { kind: "representatives", rows }, source: "Represent API (house-of-commons)", asOf: today }]);
  return report!;
}
