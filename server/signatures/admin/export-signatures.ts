import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { campaigns, signatures, supporters } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { csvRow } from "@/lib/csv/csv-cell";
import type { ExportColumn } from "./export-columns";
import { beforeCursor, cursorColumn, filterConditions, type SignatureFilter } from "./signature-filter";

const BATCH = 2_000;

type Row = Awaited<ReturnType<typeof batch>>[number];

function batch(db: Database, campaignId: string, filter: SignatureFilter, after: { at: string; id: string } | null) {
  return db
    .select({
      name: signatures.name,
      email: signatures.email,
      state: signatures.state,
      postalCode: signatures.postalCode,
      province: signatures.province,
      country: signatures.country,
      riding: signatures.ridingCode,
      language: signatures.locale,
      signedAt: signatures.createdAt,
      confirmedAt: signatures.confirmedAt,
      subscription: supporters.subscriptionStatus,
      cursor: cursorColumn,
    })
    .from(signatures)
    .innerJoin(supporters, eq(supporters.id, signatures.supporterId))
    .where(and(filterConditions(campaignId, filter), after ? beforeCursor(after) : undefined))
    .orderBy(desc(signatures.createdAt), desc(signatures.id))
    .limit(BATCH);
}

function cell(row: Row, column: ExportColumn) {
  return column === "subscribed" ? row.subscription === "subscribed" : row[column];
}

/**
 * A campaign's signatures as CSV, streamed (admins and organisers; audited when it starts). Rows
 * are read in keyset batches of 2,000, one batch each time the client has taken the last one, so
 * memory stays flat at any size and no transaction is held open for the whole download. Returns
 * the campaign's slug with the stream, to name the file; null when there is no such campaign.
 */
export async function exportSignatures(context: Context, campaignId: string, filter: SignatureFilter, columns: readonly ExportColumn[], header: string[]): Promise<{ slug: string; stream: ReadableStream<Uint8Array> } | null> {
  const actor = authorize(context, "signatures.export");
  const db = database(context);
  const [campaign] = await db.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) return null;
  // The search box may hold a supporter's address: the audit log records that there was a search,
  // never its text, so that it never holds personal data (and an erasure need not reach it).
  await recordAudit(db, actor, { action: "signatures.export", entityType: "campaign", entityId: campaignId, after: { filter: { ...filter, q: filter.q ? "(search)" : undefined }, columns } });
  const encoder = new TextEncoder();
  let after: { at: string; id: string } | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          // The byte-order mark lets spreadsheet programs read the accents in French names.
          controller.enqueue(encoder.encode(`\uFEFF${csvRow(header)}`));
          return;
        }
        const rows = await batch(db, campaignId, filter, after);
        if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((row) => csvRow(columns.map((column) => cell(row, column)))).join("")));
        if (rows.length < BATCH) return controller.close();
        const [at, id] = rows.at(-1)!.cursor.split("_") as [string, string];
        after = { at, id };
      },
    },
    { highWaterMark: 1 },
  );
  return { slug: campaign.slug, stream };
}
