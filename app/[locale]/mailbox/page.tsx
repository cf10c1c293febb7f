import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { publicContext } from "@/server/context";
import { readLocalMailbox } from "@/server/mail/read-local-mailbox";
import { translatedTitle } from "@/lib/i18n/page-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Mailbox", "title", { private: true });

// The addresses in an email, made links: following a confirmation link is what this page is for.
function withLinks(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** Open only on a local try of Chorus (see server/mail/local-mailbox.ts); a 404 everywhere else. */
export default async function LocalMailboxPage({ params }: Props) {
  const { locale } = await params;
  const emails = await readLocalMailbox(publicContext);
  if (!emails) notFound();
  const t = await getTranslations({ locale, namespace: "Mailbox" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {emails.length === 0 && <p>{t("empty")}</p>}
      {emails.map((email) => (
        <article key={email.id} className="card mailbox-item" aria-labelledby={`mail-${email.id}`}>
          <h2 id={`mail-${email.id}`}>{email.subject}</h2>
          <p className="muted">{t("to", { to: email.to })}</p>
          <pre className="email-text">{email.text ? withLinks(email.text) : null}</pre>
        </article>
      ))}
    </>
  );
}
