"use client";

import { useTranslations } from "next-intl";
import type { Lookup } from "@/server/directory/lookup-postal-code";

type Found = Extract<Lookup, { ok: true }>;

/**
 * Which riding the supporter writes from. One exact riding is stated; anything less certain is a
 * choice the supporter makes (radio buttons for the likely ones, a list for the rest of the province).
 */
export function RidingChoice({ lookup, locale, chosen }: { lookup: Found; locale: string; chosen?: string }) {
  const t = useTranslations("Write");
  const inOthers = lookup.others.some((other) => other.code === chosen);
  const label = (c: Found["candidates"][number]) =>
    `${locale === "fr" ? c.nameFr : c.nameEn}${c.representative ? ` — ${c.representative.name}${c.representative.party ? ` (${c.representative.party})` : ""}` : ""}${c.representative && !c.representative.writable ? ` · ${t("noAddress")}` : ""}`;
  if (!lookup.mustChoose) {
    const only = lookup.candidates[0]!;
    return (
      <p>
        <input type="hidden" name="riding" value={only.code} />
        {t("yourRiding", { riding: label(only) })}
      </p>
    );
  }
  if (lookup.basis === "province") {
    return (
      <div className="field">
        <label htmlFor="riding">{t("chooseProvince", { postalCode: lookup.postalCode })}</label>
        <select id="riding" name="riding" required defaultValue={chosen ?? ""}>
          <option value="">—</option>
          {lookup.candidates.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {label(candidate)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset className="field">
      <legend>{t(lookup.basis === "exact" ? "chooseAmong" : "chooseHint", { postalCode: lookup.postalCode })}</legend>
      {lookup.candidates.map((candidate, index) => (
        <label key={candidate.code} className="choice">
          <input type="radio" name="riding" value={candidate.code} defaultChecked={chosen ? candidate.code === chosen : index === 0 && lookup.basis === "exact"} required /> {label(candidate)}
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
