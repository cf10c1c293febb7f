import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { paragraphsOf } from "@/lib/letters/merge-fields";

/** One letter as its recipient will read it. */
export function LetterPreview({ name, subject, body }: { name: string; subject: string; body: string }) {
  const t = useTranslations("Write");
  return (
    <article className="letter-preview" aria-label={t("letterTo", { name })}>
      <p>
        <strong>{t("to")}</strong> {name}
        <br />
        <strong>{t("subject")}:</strong> {subject}
      </p>
      <div className="letter-body">
        {paragraphsOf(body).map((lines, index) => (
          <p key={index}>
            {lines.map((line, n) => (
              <Fragment key={n}>
                {n > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    </article>
  );
}
