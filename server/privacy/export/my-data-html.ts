import { html, SafeHtml } from "@/lib/text/html";
import type { MyData } from "../my-data";
import type { MyDataLabels } from "../my-data-labels";

/*
 * The readable export: one standalone HTML document, the same sections as the my-data page, for
 * a person to keep, open offline or print. Nothing is fetched (its own policy forbids it: no
 * scripts, no images, no fonts, styles inline), and every stored value goes through the escaping
 * html tag, so a name like "<b>Zoé</b>" prints as typed.
 */

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55;color:#1b1b1f;max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.8rem;line-height:1.2}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #d9d6cf}h3{font-size:1.05rem;margin-bottom:.25rem}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
article{border:1px solid #d9d6cf;border-radius:.5rem;padding:.5rem 1rem;margin:.75rem 0;break-inside:avoid}
blockquote{border-left:3px solid #0b5c8a;margin:.5rem 0;padding-left:.75rem;white-space:pre-wrap}pre{white-space:pre-wrap;font:inherit;margin:0}
.muted{color:#4a4a55}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem .25rem 0;border-bottom:1px solid #d9d6cf;vertical-align:top}@media(max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}`;

const field = (label: string, value: unknown) =>
  value === null || value === undefined || value === ""
    ? html``
    : html`<dt>${label}</dt>
        <dd>${value}</dd>`;
const section = (title: string, items: SafeHtml[], empty: string) =>
  html`<section>
    <h2>${title}</h2>
    ${items.length ? items : html`<p>${empty}</p>`}
  </section>`;

function signatures(data: MyData, l: MyDataLabels) {
  return data.signatures.map(
    (s) =>
      html`<article>
        <h3>${l.title(s.campaign)}</h3>
        <dl>
          ${field(l.t("myData.signature.state"), l.t(`myData.signature.states.${s.state}`))}${field(l.t("myData.signature.signedAt"), l.dateTime(s.signedAt))}${field(l.t("myData.signature.confirmedAt"), s.confirmedAt && l.dateTime(s.confirmedAt))}
          ${field(l.t("myData.signature.postalCode"), s.postalCode)}${field(l.t("myData.signature.province"), s.province && l.province(s.province))}${field(l.t("myData.signature.riding"), s.riding && l.riding(s.riding))}
        </dl>
        ${
          s.wording &&
          html`<p>${l.t(s.wording.agreed ? "myData.signature.wordingAgreed" : "myData.signature.wordingShown", { edition: String(s.wording.version) })}</p>
            <blockquote>${l.wording(s.wording)}</blockquote>`
        }
      </article>`,
  );
}

function consents(data: MyData, l: MyDataLabels) {
  return data.consents.map(
    (c) =>
      html`<article>
        <h3>${l.t(`myData.consent.purposes.${c.purpose}`)}</h3>
        <dl>
          ${field(l.t("myData.consent.action"), l.t(`myData.consent.actions.${c.action}`))}${field(l.t("myData.consent.when"), l.dateTime(c.at))}${field(l.t("myData.consent.campaign"), c.campaign ? l.title(c.campaign) : l.t("myData.consent.organisationWide"))}${field(l.t("myData.consent.source"), c.source)}${field(l.t("myData.consent.locale"), l.language(c.locale))}
          ${c.wording && field(l.t("myData.consent.hash"), c.wording.textHash)}
        </dl>
        ${
          c.wording &&
          html`<p>${l.t("myData.consent.wording", { edition: String(c.wording.version) })}</p>
            <blockquote>${l.wording(c.wording)}</blockquote>`
        }
      </article>`,
  );
}

function letters(data: MyData, l: MyDataLabels) {
  return data.letters.map(
    (letter) =>
      html`<article>
        <h3>${letter.subject}</h3>
        <dl>
          ${field(l.t("myData.letter.to"), letter.to.name)}${field(l.t("myData.letter.address"), letter.to.address)}${field(l.t("myData.consent.campaign"), l.title(letter.campaign))}${field(l.t("myData.letter.writtenAt"), l.dateTime(letter.writtenAt))}
          ${field(l.t("myData.letter.handedOverAt"), letter.handedOverAt && l.dateTime(letter.handedOverAt))}${field(l.t("myData.letter.state"), l.t(`myData.letter.states.${letter.state}`))}${field(l.t("myData.letter.riding"), letter.ridingName)}${field(l.t("myData.letter.postalCode"), letter.postalCode)}
        </dl>
        <blockquote><pre>${letter.body}</pre></blockquote>
      </article>`,
  );
}

function you(data: MyData, l: MyDataLabels) {
  const s = data.supporter;
  return html`<dl>
    ${field(l.t("myData.supporter.name"), s.name)}${field(l.t("myData.supporter.email"), s.email)}${field(l.t("myData.supporter.language"), l.language(s.locale))}${field(l.t("myData.supporter.subscription"), l.t(`myData.subscription.${s.subscription}`))}${field(l.t("myData.supporter.since"), l.date(s.since))}
  </dl>`;
}

/** The whole document, in the labels' language. */
export function myDataHtml(data: MyData, l: MyDataLabels, locale: string, organisation: string, exportedAt: Date): string {
  const mutes = data.mutes.map((m) => html`<li>${l.title(m.campaign)} <span class="muted">(${l.t("myData.mutes.since", { date: l.date(m.since) })})</span></li>`);
  const emails = data.emails.map(
    (e) =>
      html`<tr>
        <td>${l.emailKind(e.kind)}</td>
        <td>${l.dateTime(e.at)}</td>
        <td>${l.t(`myData.emails.statuses.${e.status}`)}</td>
      </tr>`,
  );
  const title = l.t("myData.export.title", { organisation });
  const body = html`<h1>${title}</h1>
    <p class="muted">${l.t("myData.export.exportedAt", { date: l.dateTime(exportedAt) })}</p>
    <section>
      <h2>${l.t("myData.sections.you")}</h2>
      ${you(data, l)}
    </section>
    ${section(l.t("myData.sections.signatures"), signatures(data, l), l.t("myData.none.signatures"))} ${section(l.t("myData.sections.consents"), consents(data, l), l.t("myData.none.consents"))}
    ${section(l.t("myData.sections.letters"), letters(data, l), l.t("myData.none.letters"))}
    <section>
      <h2>${l.t("myData.sections.subscriptions")}</h2>
      ${
        mutes.length
          ? html`<p>${l.t("myData.mutes.intro")}</p>
              <ul>
                ${mutes}
              </ul>`
          : html`<p>${l.t("myData.none.mutes")}</p>`
      }
    </section>
    <section>
      <h2>${l.t("myData.sections.emails")}</h2>
      <p>${l.t("myData.emails.intro")}</p>
      ${
        emails.length
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${l.t("myData.emails.kind")}</th>
                  <th scope="col">${l.t("myData.emails.at")}</th>
                  <th scope="col">${l.t("myData.emails.status")}</th>
                </tr>
              </thead>
              <tbody>
                ${emails}
              </tbody>
            </table>`
          : html`<p>${l.t("myData.none.emails")}</p>`
      }
    </section>
    <section>
      <h2>${l.t("myData.sections.notKept")}</h2>
      <ul>
        ${data.notKept.map((key) => html`<li>${l.t(`myData.notKept.${key}`)}</li>`)}
      </ul>
    </section>`;
  return `<!DOCTYPE html>
${html`<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
    <meta name="robots" content="noindex" />
    <title>${title}</title>
    <style>
      ${new SafeHtml(STYLE)}
    </style>
  </head>
  <body>
    ${body}
  </body>
</html>`}
`;
}
