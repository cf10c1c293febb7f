// Reached only for paths outside any locale (the proxy gives every page path a locale first).
// Plain links: this boundary is rendered into every page's payload, and next-intl's Link would
// ask for the request's headers, which would stop Next from caching the campaign pages.
/* eslint-disable @next/next/no-html-link-for-pages */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <h1>
            Page not found · <span lang="fr">Page introuvable</span>
          </h1>
          <p>
            <a href="/en">Campaigns</a> ·{" "}
            <a href="/fr" lang="fr">
              Campagnes
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
