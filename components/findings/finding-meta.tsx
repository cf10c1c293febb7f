import { useLocale, useTranslations } from "next-intl";
import type { FindingKind } from "@/server/findings/import/finding-record";
import { formatCalendarDate } from "@/lib/i18n/dates";
import "./findings.css";

type Props = { date: string; kind: FindingKind; binding?: boolean; incomplete: boolean; importance?: number };

// Editors rate records 1–10; the top of the scale is worth pointing out, the rest is not news.
const KEY_RECORD = 8;

/**
 * A record's date (as precise as it is known), kind and standing, as a line of labels. Binding
 * and incomplete are words, not colours, so they read the same to everyone. A span, so that it
 * fits inside a label or a paragraph.
 */
export function FindingMeta({ date, kind, binding, incomplete, importance }: Props) {
  const t = useTranslations("Findings");
  const locale = useLocale();
  return (
    <span className="finding-meta">
      <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
      <span>{t(`kinds.${kind}`)}</span>
      {binding === true && <span className="badge badge-binding">{t("isBinding")}</span>}
      {binding === false && <span className="badge">{t("notBinding")}</span>}
      {importance !== undefined && importance >= KEY_RECORD && <span className="badge badge-key">{t("key")}</span>}
      {incomplete && <span className="badge badge-incomplete">{t("incomplete")}</span>}
    </span>
  );
}
