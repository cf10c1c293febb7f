import { Link } from "@/lib/i18n/navigation";

// Reached only for paths outside any locale (the proxy gives every page path a locale first).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <h1>
            Page not found · <span lang="fr">Page introuvable</span>
          </h1>
          <p>
            <Link href="/" locale="en">
              Campaigns
            </Link>{" "}
            ·{" "}
            <Link href="/" locale="fr" lang="fr">
              Campagnes
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
