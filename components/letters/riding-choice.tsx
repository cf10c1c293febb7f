"use client";

import { useTranslations } from "next-intl";
import type { Lookup } from "@/server/directory/lookup-postal-code";

type Found = Extract<Lookup, { ok: true }>;

// Federal ridings go by Elections Canada's number; provincial ones by their OCD id (their codes repeat across provinces).
const LEVELS = {
  federal: { field: "riding", value: (c: Found["candidates"][number]) => c.code, yours: "yourRiding", choose: "chooseProvince", among: "chooseAmong" },
  provincial: { field: "provincialRiding", value: (c: Found["candidates"][number]) => c.ridingId, yours: "provincial.yourRiding", choose: "provincial.choose", among: "provincial.chooseAmong" },
} as const;

/**
 * Which riding the supporter writes from, federal or provincial. One exact riding is stated; anything
 * less certain is a choice the supporter makes (radio buttons for the likely ones, a list for the rest
 * of the province).
 */
export function RidingChoice({ lookup, locale, chosen, level = "federal" }: { lookup: Found; locale: string; chosen?: string; level?: keyof typeof LEVELS }) {
  const t = useTranslations("Write");
  const { field, value, yours, choose, among } = LEVELS[level];
  const inOthers = lookup.others.some((other) => other.code === chosen);
  const label = (c: Found["candidates"][number]) =>
    `${locale === "fr" ? c.nameFr : c.nameEn}${c.representative ? ` — ${c.representative.name}${c.representative.party ? ` (${c.representative.party})` : ""}` : ""}${c.representative && !c.representative.writable ? ` · ${t("noAddress")}` : ""}`;
  if (!lookup.mustChoose) {
    const only = lookup.candidates[0]!;
    return (
      <p>
        <input type="hidden" name={field} value={value(only)} />
        {t(yours, { riding: label(only) })}
      </p>
    );
  }
  if (lookup.basis === "province") {
    return (
      <div className="field">
        <label htmlFor={field}>{t(choose, { postalCode: lookup.postalCode })}</label>
        <select id={field} name={field} required defaultValue={chosen ?? ""}>
          <option value="">—</option>
          {lookup.candidates.map((candidate) => (
            <option key={candidate.ridingId} value={value(candidate)}>
              {label(candidate)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset className="field">
      <legend>{t(lookup.basis === "exact" ? among : "chooseHint", { postalCode: lookup.postalCode })}</legend>
      {lookup.candidates.map((candidate, index) => (
        <label key={candidate.ridingId} className="choice">
          <input type="radio" name={field} value={value(candidate)} defaultChecked={chosen ? value(candidate) === chosen : index === 0 && lookup.basis === "exact"} required /> {label(candidate)}
        </label>
      ))}
      {lookup.others.length > 0 && (
        <label className="choice">
          <input type="radio" name="riding" value="" defaultChecked={inOthers} /> {t("another")}{" "}
          <select name="otherRiding" aria-label={t("anotherLabel")} defaultValue={inOthers ? chosen : ""}>
            <option value="">—</option>
            {lookup.others.map((other) => (
              <option key={other.code} value={other.code}>
                {label(other)}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
