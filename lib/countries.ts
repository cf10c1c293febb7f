import { BoundedMap } from "./bounded-map";

/*
 * ISO 3166-1 alpha-2 codes of the countries a supporter outside Canada may name. Their names come
 * from the runtime's own locale data (Intl.DisplayNames), in the reader's language.
 */
const CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM " +
  "JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP " +
  "MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
  "QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN " +
  "TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/** Every country but Canada (which is chosen with a postal code instead). */
export const foreignCountryCodes: readonly string[] = CODES.split(" ");

export function isForeignCountry(code: string): boolean {
  return foreignCountryCodes.includes(code);
}

/** A country's name in this language ("Canada", "France"), or the code when the runtime has no name for it. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

// Bounded: the locale is ours (en, fr), but nothing here can tell a caller's string from an invented one.
const optionsByLocale = new BoundedMap<string, { code: string; name: string }[]>(8);

/** The countries with their names in this language, sorted as a reader of it expects (once per language). */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const cached = optionsByLocale.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const collator = new Intl.Collator(locale);
  const options = foreignCountryCodes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
  optionsByLocale.set(locale, options);
  return options;
}
