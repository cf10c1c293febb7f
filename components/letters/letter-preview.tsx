import { useTranslations } from "next-intl";

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
        {body.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      </div>
    </article>
  );
}
