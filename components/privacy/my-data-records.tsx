import type { MyData } from "@/server/privacy/my-data";
import type { MyDataLabels } from "@/server/privacy/my-data-labels";
import { MyDataFacts } from "./my-data-facts";

type Props = { data: MyData; labels: MyDataLabels };

/** Each petition signed: its state and dates, where from, and the exact wording agreed to. */
export function MySignatures({ data, labels: l }: Props) {
  if (data.signatures.length === 0) return <p>{l.t("myData.none.signatures")}</p>;
  return data.signatures.map((s, index) => (
    <article key={index} className="my-data-record" aria-labelledby={`signature-${index}`}>
      <h3 id={`signature-${index}`}>{l.title(s.campaign)}</h3>
      <MyDataFacts
        facts={[
          [l.t("myData.signature.state"), l.t(`myData.signature.states.${s.state}`)],
          [l.t("myData.signature.signedAt"), l.dateTime(s.signedAt)],
          [l.t("myData.signature.confirmedAt"), s.confirmedAt && l.dateTime(s.confirmedAt)],
          [l.t("myData.signature.postalCode"), s.postalCode],
          [l.t("myData.signature.province"), s.province && l.province(s.province)],
          [l.t("myData.signature.riding"), s.riding && l.riding(s.riding)],
        ]}
      />
      {s.wording && (
        <figure className="my-data-wording">
          <figcaption>{l.t(s.wording.agreed ? "myData.signature.wordingAgreed" : "myData.signature.wordingShown", { edition: String(s.wording.version) })}</figcaption>
          <blockquote>{l.wording(s.wording)}</blockquote>
        </figure>
      )}
    </article>
  ));
}

/** Every consent given or withdrawn, with the wording's fingerprint: the CASL proof, as the person can read it. */
export function MyConsents({ data, labels: l }: Props) {
  if (data.consents.length === 0) return <p>{l.t("myData.none.consents")}</p>;
  return data.consents.map((c, index) => (
    <article key={index} className="my-data-record" aria-labelledby={`consent-${index}`}>
      <h3 id={`consent-${index}`}>{l.t(`myData.consent.purposes.${c.purpose}`)}</h3>
      <MyDataFacts
        facts={[
          [l.t("myData.consent.action"), l.t(`myData.consent.actions.${c.action}`)],
          [l.t("myData.consent.when"), l.dateTime(c.at)],
          [l.t("myData.consent.campaign"), c.campaign ? l.title(c.campaign) : l.t("myData.consent.organisationWide")],
          [l.t("myData.consent.source"), <code key="source">{c.source}</code>],
          [l.t("myData.consent.locale"), l.language(c.locale)],
          [l.t("myData.consent.hash"), c.wording && <code key="hash">{c.wording.textHash}</code>],
        ]}
      />
      {c.wording && (
        <figure className="my-data-wording">
          <figcaption>{l.t("myData.consent.wording", { edition: String(c.wording.version) })}</figcaption>
          <blockquote>{l.wording(c.wording)}</blockquote>
        </figure>
      )}
    </article>
  ));
}

/** Letters sent in their name: to whom, when, and the text itself. */
export function MyLetters({ data, labels: l }: Props) {
  if (data.letters.length === 0) return <p>{l.t("myData.none.letters")}</p>;
  return data.letters.map((letter, index) => (
    <article key={index} className="my-data-record" aria-labelledby={`letter-${index}`}>
      <h3 id={`letter-${index}`}>{letter.subject}</h3>
      <MyDataFacts
        facts={[
          [l.t("myData.letter.to"), letter.to.name],
          [l.t("myData.letter.address"), letter.to.address],
          [l.t("myData.consent.campaign"), l.title(letter.campaign)],
          [l.t("myData.letter.writtenAt"), l.dateTime(letter.writtenAt)],
          [l.t("myData.letter.handedOverAt"), letter.handedOverAt && l.dateTime(letter.handedOverAt)],
          [l.t("myData.letter.state"), l.t(`myData.letter.states.${letter.state}`)],
          [l.t("myData.letter.riding"), letter.ridingName],
          [l.t("myData.letter.postalCode"), letter.postalCode],
        ]}
      />
      <div className="email-text">{letter.body}</div>
    </article>
  ));
}
