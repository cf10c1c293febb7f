import { and, eq, gte, like, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { signatures } from "@/db/schema";
import { fromZonedInput } from "@/lib/time/zoned-time";

/*
 * A bulk invalidation's condition: signatures from one IP hash and/or one email domain, within a
 * time window on the organisation's clock. The window is required, so a mistyped domain cannot reach a campaign's whole
 * history; its bounds are the minutes of the datetime fields.
 */

const blank = (value: unknown) => (value === "" ? undefined : value);
// A datetime-local minute on the organisation's clock.
const minute = (zone: string) =>
  z.string().transform((value, ctx) => {
    const at = fromZonedInput(value, zone);
    if (!at) ctx.addIssue({ code: "custom", message: "dateInvalid" });
    return at ?? z.NEVER;
  });

export const invalidateCondition = (zone: string) =>
  z
    .object({
      ipHash: z.preprocess(
        blank,
        z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_-]{16,128}$/, "ipHashInvalid")
          .optional(),
      ),
      emailDomain: z.preprocess(
        blank,
        z
          .string()
          .trim()
          .toLowerCase()
          .transform((value) => value.replace(/^@/, ""))
          .pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "domainInvalid"))
          .optional(),
      ),
      from: minute(zone),
      to: minute(zone),
      mark: z.enum(["invalidated", "fraudulent"]).default("invalidated"),
    })
    .refine((value) => value.ipHash || value.emailDomain, { path: ["ipHash"], message: "conditionRequired" })
    .refine((value) => value.to > value.from, { path: ["to"], message: "windowInvalid" });

export type InvalidateCondition = z.output<ReturnType<typeof invalidateCondition>>;

export function conditionSql(campaignId: string, condition: InvalidateCondition): SQL {
  const domain = condition.emailDomain ? like(signatures.canonicalEmail, `%@${condition.emailDomain.replace(/[\\%_]/g, (c: string) => `\\${c}`)}`) : undefined;
  return and(eq(signatures.campaignId, campaignId), gte(signatures.createdAt, condition.from), lt(signatures.createdAt, condition.to), condition.ipHash ? eq(signatures.ipHash, condition.ipHash) : undefined, domain)!;
}
