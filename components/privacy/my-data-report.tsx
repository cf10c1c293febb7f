import type { MyData } from "@/server/privacy/my-data";
import type { MyDataLabels } from "@/server/privacy/my-data-labels";
import { MyDataFacts } from "./my-data-facts";
import { MyConsents, MyLetters, MySignatures } from "./my-data-records";
import "./my-data.css";

type Props = { data: MyData; labels: MyDataLabels };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`my-data-${id}`} className="my-data-section">
      <h2 id={`my-data-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Everything held on the supporter, section by section, in the page's language: the same
 * sections, in the same order, as the downloadable web page (server/privacy/export/my-data-html.ts).
 */
export function MyDataReport({ data, labels: l }: Props) {
  const s = data.supporter;
  return (
    <>
      <Section id="you" title={l.t("myData.sections.you")}>
        <MyDataFacts
          facts={[
            [l.t("myData.supporter.name"), s.name],
            [l.t("myData.supporter.email"), s.email],
            [l.t("myData.supporter.language"), l.language(s.locale)],
            [l.t("myData.supporter.subscription"), l.t(`myData.subscription.${s.subscription}`)],
            [l.t("myData.supporter.since"), l.date(s.since)],
          ]}
        />
      </Section>
      <Section id="signatures" title={l.t("myData.sections.signatures")}>
        <MySignatures data={data} labels={l} />
      </Section>
      <Section id="consents" title={l.t("myData.sections.consents")}>
        <MyConsents data={data} labels={l} />
      </Section>
      <Section id="letters" title={l.t("myData.sections.letters")}>
        <MyLetters data={data} labels={l} />
      </Section>
      <Section id="subscriptions" title={l.t("myData.sections.subscriptions")}>
        <MyDataFacts facts={[[l.t("myData.supporter.subscription"), l.t(`myData.subscription.${s.subscription}`)]]} />
        {data.mutes.length === 0 ? (
          <p>{l.t("myData.none.mutes")}</p>
        ) : (
          <>
            <p>{l.t("myData.mutes.intro")}</p>
            <ul>
              {data.mutes.map((mute) => (
                <li key={mute.campaign.slug}>
                  {l.title(mute.campaign)} <span className="muted">({l.t("myData.mutes.since", { date: l.date(mute.since) })})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="emails" title={l.t("myData.sections.emails")}>
        <p>{l.t("myData.emails.intro")}</p>
        {data.emails.length === 0 ? (
          <p>{l.t("myData.none.emails")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{l.t("myData.emails.kind")}</th>
                  <th scope="col">{l.t("myData.emails.at")}</th>
                  <th scope="col">{l.t("myData.emails.status")}</th>
                </tr>
              </thead>
              <tbody>
                {data.emails.map((email, index) => (
                  <tr key={index}>
                    <td>{l.emailKind(email.kind)}</td>
                    <td>{l.dateTime(email.at)}</td>
                    <td>{l.t(`myData.emails.statuses.${email.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section id="not-kept" title={l.t("myData.sections.notKept")}>
        <ul>
          {data.notKept.map((key) => (
            <li key={key}>{l.t(`myData.notKept.${key}`)}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}
