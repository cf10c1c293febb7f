import { z } from "zod";
import { isForeignCountry } from "@/lib/countries";
import { locales } from "@/lib/i18n/routing";
import { normalisePostalCode, provinceOf } from "@/lib/postal-code";
import { failed, ok, type Result } from "@/lib/result";
import { singleLineText } from "@/lib/text/plain-text";

/*
 * What a signature needs, whichever door it comes through (the form or the JSON API). Error
 * messages are keys under "Sign.errors" in messages/*.json, translated where they are shown.
 */

const person = z.object({
  name: singleLineText({ error: "nameRequired" }).trim().min(1, "nameRequired").max(120, "nameTooLong"),
  email: singleLineText({ error: "emailInvalid" }).trim().max(254, "emailInvalid").pipe(z.email("emailInvalid")),
  // Absent means English; anything but a language we write in is refused, not guessed.
  locale: z.enum(locales, { error: "localeInvalid" }).default("en"),
  subscribe: z.boolean({ error: "subscribeInvalid" }).default(false),
});

// Checked on its own so that a wrong postal code is reported together with a wrong name or email.
const place = z
  .object({
    postalCode: singleLineText({ error: "postalCodeInvalid" }).trim().max(20, "postalCodeInvalid").optional(),
    // ISO 3166 alpha-2; absent or "CA" means the supporter lives in Canada.
    country: singleLineText({ error: "countryInvalid" }).trim().toUpperCase().max(2, "countryInvalid").optional(),
  })
  .transform((value, ctx) => {
    const abroad = value.country !== undefined && value.country !== "" && value.country !== "CA";
    if (abroad) {
      if (!isForeignCountry(value.country!)) ctx.addIssue({ code: "custom", path: ["country"], message: "countryInvalid" });
      return { postalCode: null, country: value.country!, province: null };
    }
    const postalCode = value.postalCode ? normalisePostalCode(value.postalCode) : null;
    if (!postalCode) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: value.postalCode ? "postalCodeInvalid" : "postalCodeRequired" });
      return z.NEVER;
    }
    return { postalCode, country: "CA", province: provinceOf(postalCode) };
  });

export type SignatureFields = z.output<typeof person> & z.output<typeof place>;

/** Field → message key, first problem of each field. */
export function fieldErrors(...errors: (z.ZodError | undefined)[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of errors.flatMap((error) => error?.issues ?? [])) result[String(issue.path[0] ?? "form")] ??= issue.message;
  return result;
}

/** Validates and normalises a signature, reporting every wrong field at once (in `fields`). */
export function parseSignature(input: unknown): Result<{ data: SignatureFields }, "invalid"> {
  const who = person.safeParse(input);
  const where = place.safeParse(input);
  if (who.success && where.success) return ok({ data: { ...who.data, ...where.data } });
  return failed("invalid", fieldErrors(who.error, where.error));
}

/** The web form's extras: the acknowledgement, the consent wording it showed, and a honeypot. */
export const signFormExtras = z.object({
  acknowledge: z.literal("on", { error: "acknowledgeRequired" }),
  petitionConsentId: z.uuid("formExpired"),
  updatesConsentId: z.uuid("formExpired").optional(),
  // Hidden from people; bots fill it in.
  website: singleLineText({ error: "formExpired" }).max(500).optional(),
});
