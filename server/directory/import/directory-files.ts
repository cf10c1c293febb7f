import { z } from "zod";
import { parseCsv } from "@/lib/csv/parse-csv";

/*
 * The CSV files the importer understands, recognised by their header, and how each row becomes
 * directory rows. Formats are those of db/seed/data/directory (see SOURCES.md there): Open Civic
 * Data division lists, an MP list keyed by the 2023 riding numbers, a postal-prefix hint list, and
 * fixed targets.
 */

export type RidingRow = { id: string; level: "federal" | "provincial"; province: string; code: string; nameEn: string; nameFr: string; validFrom: string | null };
export type RepresentativeRow = { key: string; ridingId: string; office: string; name: string; party: string | null; email: string | null; photoUrl: string | null };
export type PostalAreaRow = { code: string; ridingId: string; weight: number };
export type FixedTargetRow = { key: string; nameEn: string; nameFr: string; email: string; jurisdiction: string; kind: "privacy_commissioner" | "company" | "other"; confidence: string | null };

export type DirectoryFile = { kind: "ridings"; rows: RidingRow[] } | { kind: "representatives"; rows: RepresentativeRow[] } | { kind: "postalAreas"; rows: PostalAreaRow[] } | { kind: "fixedTargets"; rows: FixedTargetRow[] };

// Elections Canada riding numbers start with the province's statistical code.
const PROVINCE_BY_CODE: Record<string, string> = { "10": "NL", "11": "PE", "12": "NS", "13": "NB", "24": "QC", "35": "ON", "46": "MB", "47": "SK", "48": "AB", "59": "BC", "60": "YT", "61": "NT", "62": "NU" };

const federalId = (fedNum: string) => `ocd-division/country:ca/ed:${fedNum}-2023`;
const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.literal("")]).transform((value) => value || null);
const fedNum = z
  .string()
  .regex(/^\d{5}$/)
  .refine((value) => value.slice(0, 2) in PROVINCE_BY_CODE, "unknown province code");
const emailOrBlank = z.union([z.email(), z.literal("")]).transform((value) => value || null);
const urlOrBlank = z.union([z.url({ protocol: /^https?$/ }), z.literal("")]).transform((value) => value || null);

const ocdRiding = z.object({ id: z.string(), name: z.string().min(1), name_fr: z.string().optional(), validFrom: day }).transform((row, ctx): RidingRow => {
  const federal = /^ocd-division\/country:ca\/ed:(\d{5})-\d{4}$/.exec(row.id);
  const provincial = /^ocd-division\/country:ca\/province:([a-z]{2})\/ed:([\w-]+)$/.exec(row.id);
  if (federal) return { id: row.id, level: "federal", province: PROVINCE_BY_CODE[federal[1]!.slice(0, 2)] ?? "", code: federal[1]!, nameEn: row.name, nameFr: row.name_fr || row.name, validFrom: row.validFrom };
  if (provincial) return { id: row.id, level: "provincial", province: provincial[1]!.toUpperCase(), code: provincial[2]!, nameEn: row.name, nameFr: row.name_fr || row.name, validFrom: row.validFrom };
  ctx.addIssue({ code: "custom", path: ["id"], message: "is not a Canadian electoral district id" });
  return z.NEVER;
});

const mp = z
  .object({ fed_num: fedNum, mp_name: z.string().min(1), party: z.string(), email: emailOrBlank, photo_url: urlOrBlank })
  .transform((row): RepresentativeRow => ({ key: `mp:${row.fed_num}`, ridingId: federalId(row.fed_num), office: "MP", name: row.mp_name, party: row.party || null, email: row.email, photoUrl: row.photo_url }));

const fsa = z.object({ fsa: z.string().regex(/^[A-Z]\d[A-Z]$/), fed_num: fedNum }).transform((row): PostalAreaRow => ({ code: row.fsa, ridingId: federalId(row.fed_num), weight: 1 }));

const target = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    name_en: z.string().min(1),
    name_fr: z.string().min(1),
    email: z.email(),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/),
    kind: z.enum(["privacy_commissioner", "company", "other"]),
    confidence: z.string().optional(),
  })
  .transform((row): FixedTargetRow => ({ key: row.key, nameEn: row.name_en, nameFr: row.name_fr, email: row.email.toLowerCase(), jurisdiction: row.jurisdiction, kind: row.kind, confidence: row.confidence || null }));

function each<T>(records: Record<string, string>[], schema: z.ZodType<T>): T[] {
  return records.map((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) throw new Error(`row ${index + 2}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "row"} ${issue.message}`).join("; ")}`);
    return parsed.data;
  });
}

/** Recognises a file by its header and reads every row, or says why it cannot. */
export function readDirectoryFile(text: string): DirectoryFile {
  const { header, records } = parseCsv(text);
  const has = (...names: string[]) => names.every((name) => header.includes(name));
  if (has("fed_num", "mp_name", "email")) return { kind: "representatives", rows: each(records, mp) };
  if (has("fsa", "fed_num")) return { kind: "postalAreas", rows: each(records, fsa) };
  if (has("key", "name_en", "name_fr", "email", "jurisdiction", "kind")) return { kind: "fixedTargets", rows: each(records, target) };
  if (has("id", "name", "validFrom")) return { kind: "ridings", rows: each(records, ocdRiding) };
  throw new Error(`unrecognised columns: ${header.join(", ")}`);
}
