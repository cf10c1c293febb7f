import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Markdown } from "@/components/markdown";
import { UpdateBody } from "@/components/updates/update-body";
import { renderEmail } from "@/server/mail/render-email";
import { markdownToHtml } from "@/lib/updates/markdown-html";
import { ATTACKS, KEPT, dangersIn } from "@/tests/support/markdown-attacks";

// The email renderer reads APP_URL for the footer's "Your data" link.
beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/unused");
  vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-long-enough-0123456789");
});

const source = `${ATTACKS}\n\n${KEPT}`;
const sender = { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" };

const expectSafe = (html: string) => {
  expect(dangersIn(html)).toEqual([]);
  expect(html).toContain('href="https://example.org/kept"');
  expect(html).toContain('href="mailto:kept@example.org"');
  expect(html).toContain('href="/en/findings"');
};

describe("every Markdown renderer drops raw HTML and keeps only http, https and mailto links", () => {
  it("the site's pages (campaign text, findings, the editors' previews)", () => {
    expectSafe(renderToStaticMarkup(<Markdown source={source} />));
  });

  it("the site's updates", () => {
    expectSafe(renderToStaticMarkup(<UpdateBody markdown={source} citations={[]} citationLabel={(n) => `Source ${n}`} />));
  });

  it("the feeds", () => {
    expectSafe(markdownToHtml(source));
  });

  it("the bulk email", async () => {
    const email = await renderEmail(
      "campaign-update",
      { title: "Update", bodyMarkdown: source, url: "https://act.privatefaces.example/en", recipientName: "Camille" },
      { locale: "en", sender, unsubscribe: { unsubscribeUrl: "https://act.privatefaces.example/u", preferencesUrl: "https://act.privatefaces.example/p" } },
    );
    expectSafe(email.html);
    expect(email.text).not.toMatch(/javascript:|vbscript:|data:text/i);
  });
});
