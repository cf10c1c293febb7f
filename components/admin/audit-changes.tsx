import { getTranslations } from "next-intl/server";
import { auditChanges, auditValue, type AuditValue } from "@/lib/audit/audit-changes";
import { panelDates } from "@/lib/time/panel-date";

type Props = { before: unknown; after: unknown; locale: string; timeZone: string };

// Long texts (a campaign's body) are cut: the log says that they changed; the record holds them.
const LONGEST = 160;

/**
 * What an audit entry changed, field by field: the field's name in the reader's language, the new
 * value, and the old one where there was one. Dates are on the organisation's clock, booleans in
 * words, known states translated; everything is rendered as text, never as markup.
 */
export async function AuditChanges({ before, after, locale, timeZone }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.Audit" });
  const when = panelDates(locale, timeZone);
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <p className="muted">{t("noChange")}</p>;

  const label = (field: string) =>
    field
      .split(".")
      .map((part) => (t.has(`fields.${part}`) ? t(`fields.${part}` as "fields.name") : part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()))
      .join(" › ");
  const format = (field: string, value: AuditValue): string => {
    const leaf = field.split(".").at(-1)!;
    switch (value.kind) {
      case "empty":
        return t("empty");
      case "boolean":
        return value.value ? t("valueYes") : t("valueNo");
      case "instant":
        return when.time(value.value);
      case "number":
        return value.value.toLocaleString(locale);
      case "list":
        return value.items.map((item) => format(field, item)).join(", ");
      case "text": {
        const known = `values.${leaf}.${value.value}`;
        if (/^[\w-]+$/.test(value.value) && t.has(known)) return t(known as "values.role.admin");
        return value.value.length > LONGEST ? `${value.value.slice(0, LONGEST)}…` : value.value;
      }
    }
  };

  return (
    <dl className="audit-changes">
      {changes.map((change) => {
        const was = auditValue(change.before);
        return (
          <div key={change.field}>
            <dt>{label(change.field)}</dt>
            <dd>
              {format(change.field, auditValue(change.after))}
              {was.kind !== "empty" && <span className="muted"> ({t("was", { value: format(change.field, was) })})</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
