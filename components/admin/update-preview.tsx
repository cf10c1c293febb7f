"use client";

import { useTranslations } from "next-intl";
import { UpdateBody } from "@/components/updates/update-body";
import { UpdateSources, type SourceFinding } from "@/components/updates/update-sources";
import type { Locale } from "@/lib/i18n/routing";
import { localizeUpdateBody } from "@/lib/updates/localize-update";

/**
 * The live preview of one language of an update, as the public page will show it: citations
 * numbered and linked, the sources listed (titles and dates; the page adds the issuing body's
 * own links). A citation of an unknown id stays visible as typed; saving names it.
 */
export function UpdatePreview({ body, lang, findings, label }: { body: string; lang: Locale; findings: Map<string, SourceFinding>; label: string }) {
  const t = useTranslations("Updates");
  const { markdown, citations } = localizeUpdateBody(body, lang, (id) => findings.has(id));
  return (
    <section className="markdown-preview" tabIndex={0} aria-label={label} lang={lang}>
      <UpdateBody markdown={markdown} citations={citations} citationLabel={(n) => t("citation", { n })} />
      <UpdateSources idPrefix={`preview-${lang}`} headingLevel={3} citations={citations} findings={findings} />
    </section>
  );
}
