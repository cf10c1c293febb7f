import { useTranslations } from "next-intl";

/** Turns a jurisdiction code into its name: CA is federal, two letters a province or territory; other codes stay as written. */
export function useJurisdictionName(): (code: string) => string {
  const t = useTranslations("Findings");
  const provinces = useTranslations("Provinces");
  return (code) => (code === "CA" ? t("federal") : provinces.has(code as "ON") ? provinces(code as "ON") : code);
}
