import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { MyDataLabels } from "@/server/privacy/my-data-labels";

/**
 * Download and erase, without JavaScript: the two downloads are one plain form posting to the
 * export route (the button pressed says which format), and erasing starts with a page of its own
 * that says what goes and what stays before anything happens.
 */
export function MyDataActions({ locale, labels: l }: { locale: Locale; labels: MyDataLabels }) {
  return (
    <section aria-labelledby="my-data-actions" className="my-data-actions stack">
      <h2 id="my-data-actions">{l.t("myData.sections.actions")}</h2>
      <p>{l.t("myData.actions.exportHint")}</p>
      <form method="post" action="/api/my-data/export" className="my-data-buttons">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" name="format" value="json">
          {l.t("myData.actions.json")}
        </button>
        <button type="submit" name="format" value="html">
          {l.t("myData.actions.html")}
        </button>
      </form>
      <p>{l.t("myData.actions.eraseHint")}</p>
      <p>
        <Link href="/my-data/erase" className="button danger">
          {l.t("myData.actions.erase")}
        </Link>
      </p>
    </section>
  );
}
