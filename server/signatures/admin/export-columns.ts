import { z } from "zod";

/** The columns an export may include, in file order. Organisers choose; the default is all but the postal code. */
export const EXPORT_COLUMNS = ["name", "email", "state", "postalCode", "province", "country", "riding", "language", "signedAt", "confirmedAt", "subscribed"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly ExportColumn[] = EXPORT_COLUMNS.filter((column) => column !== "postalCode");

export const exportColumns = z
  .array(z.enum(EXPORT_COLUMNS))
  .min(1)
  .transform((chosen) => EXPORT_COLUMNS.filter((column) => chosen.includes(column)));
