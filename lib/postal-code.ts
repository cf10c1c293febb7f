/*
 * Canadian postal codes: A1A 1A1. D, F, I, O, Q and U are never used; W and Z never first.
 * Supporters type them in any case, with or without the space, sometimes with a hyphen.
 */

const PATTERN = /^[ABCEGHJKLMNPRSTVXY]\d[ABCEGHJKLMNPRSTVWXYZ]\d[ABCEGHJKLMNPRSTVWXYZ]\d$/;

export type Province = "NL" | "NS" | "PE" | "NB" | "QC" | "ON" | "MB" | "SK" | "AB" | "BC" | "YT" | "NT" | "NU";

export const provinces: readonly Province[] = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

const BY_FIRST_LETTER: Record<string, Province> = {
  A: "NL",
  B: "NS",
  C: "PE",
  E: "NB",
  G: "QC",
  H: "QC",
  J: "QC",
  K: "ON",
  L: "ON",
  M: "ON",
  N: "ON",
  P: "ON",
  R: "MB",
  S: "SK",
  T: "AB",
  V: "BC",
  Y: "YT",
};
// X is shared by the territories: Nunavut's prefixes are X0A, X0B and X0C.
const NUNAVUT_PREFIXES = new Set(["X0A", "X0B", "X0C"]);

/** "k1a-0a6 " → "K1A 0A6"; null when it is not a possible Canadian postal code. */
export function normalisePostalCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]+/g, "");
  if (!PATTERN.test(compact)) return null;
  return `${compact.slice(0, 3)} ${compact.slice(3)}`;
}

/** The province or territory of a normalised postal code. */
export function provinceOf(postalCode: string): Province {
  const first = postalCode[0]!;
  if (first === "X") return NUNAVUT_PREFIXES.has(postalCode.slice(0, 3)) ? "NU" : "NT";
  return BY_FIRST_LETTER[first]!;
}
