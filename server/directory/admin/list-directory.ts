import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { fixedTargets, representatives, ridings } from "@/db/schema";
import { likePrefix } from "@/lib/sql/like-prefix";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

export const directoryFilter = z.object({
  q: z.preprocess((v) => (v === "" ? undefined : v), singleLineText().trim().max(100).optional()),
  province: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  ),
  level: z.enum(["federal", "provincial"]).catch("federal"),
});

/**
 * The directory as organisers browse it: federal or provincial ridings with their member (searched by
 * member, riding name or number), the fixed targets, the provincial ridings a member can be added
 * to, and how old the data is and where it came from.
 */
export async function listDirectory(ctx: Context, raw: unknown) {
  authorize(ctx, "directory.read");
  const db = database(ctx);
  const filter = directoryFilter.safeParse(raw).data ?? { level: "federal" as const };
  const search = filter.q ? `%${likePrefix(filter.q).slice(0, -1)}%` : undefined;
  const [members, targets, provincialRidings, sources] = await Promise.all([
    db
      .select({ riding: ridings, rep: representatives })
      .from(ridings)
      .leftJoin(representatives, eq(representatives.ridingId, ridings.id))
      .where(and(eq(ridings.level, filter.level), filter.province ? eq(ridings.province, filter.province) : undefined, search ? or(ilike(ridings.nameEn, search), ilike(ridings.nameFr, search), ilike(representatives.name, search), eq(ridings.code, filter.q!)) : undefined))
      .orderBy(asc(ridings.province), asc(ridings.nameEn))
      .limit(400),
    db.select().from(fixedTargets).orderBy(asc(fixedTargets.jurisdiction), asc(fixedTargets.nameEn)),
    db.select({ id: ridings.id, province: ridings.province, nameEn: ridings.nameEn, nameFr: ridings.nameFr }).from(ridings).where(eq(ridings.level, "provincial")).orderBy(asc(ridings.province), asc(ridings.nameEn)),
    db.execute<{ source: string; rows: number; oldest: string; newest: string }>(sql`
      select source, count(*)::int as rows, min(as_of)::text as oldest, max(as_of)::text as newest from (
        select source, as_of from ridings union all select source, as_of from representatives
        union all select source, as_of from fixed_targets union all select source, as_of from postal_areas
      ) provenance group by source order by source`),
  ]);
  return { level: filter.level, members, targets, provincialRidings, sources: [...sources] };
}
