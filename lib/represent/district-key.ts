/*
 * Represent names a provincial district as the legislature writes it ("Ottawa-Vanier", "L'Assomption"),
 * our division lists as Open Civic Data does ("Ottawa—Vanier", "L’Assomption"): the same district
 * under different dashes, apostrophes, accents or case. Both sides reduce to one key to be matched.
 */

/** "Ottawa—Vanier" and "ottawa - vanier" → "ottawa vanier"; "L’Assomption" → "lassomption"; "Mégantic" → "megantic". */
export function districtKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
