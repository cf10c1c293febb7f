import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/*
 * The locale is always in the URL, so a shared link opens in the language it was shared in.
 * A visitor without one is sent to the language their browser asks for (Accept-Language).
 */
export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  pathnames: {
    "/": "/",
    "/campaigns/[slug]": { en: "/campaigns/[slug]", fr: "/campagnes/[slug]" },
    "/campaigns/[slug]/signed": { en: "/campaigns/[slug]/signed", fr: "/campagnes/[slug]/signature-recue" },
    "/campaigns/[slug]/thank-you": { en: "/campaigns/[slug]/thank-you", fr: "/campagnes/[slug]/merci" },
    "/campaigns/[slug]/write": { en: "/campaigns/[slug]/write", fr: "/campagnes/[slug]/ecrire" },
    "/preferences/[token]": { en: "/preferences/[token]", fr: "/preferences/[token]" },
    "/campaigns/[slug]/write/open/[token]": { en: "/campaigns/[slug]/write/open/[token]", fr: "/campagnes/[slug]/ecrire/ouvrir/[token]" },
    "/campaigns/[slug]/updates": { en: "/campaigns/[slug]/updates", fr: "/campagnes/[slug]/mises-a-jour" },
    "/campaigns/[slug]/updates/[id]": { en: "/campaigns/[slug]/updates/[id]", fr: "/campagnes/[slug]/mises-a-jour/[id]" },
    "/updates": { en: "/updates", fr: "/mises-a-jour" },
    "/findings": { en: "/findings", fr: "/constats" },
    "/findings/[id]": { en: "/findings/[id]", fr: "/constats/[id]" },
    "/confirm/[token]": { en: "/confirm/[token]", fr: "/confirmer/[token]" },
    "/unsubscribe/[token]": { en: "/unsubscribe/[token]", fr: "/desabonnement/[token]" },
    "/mailbox": { en: "/mailbox", fr: "/boite-aux-lettres" },
    "/privacy": { en: "/privacy", fr: "/confidentialite" },
    "/my-data": { en: "/my-data", fr: "/mes-donnees" },
    "/my-data/open/[token]": { en: "/my-data/open/[token]", fr: "/mes-donnees/ouvrir/[token]" },
    "/my-data/view": { en: "/my-data/view", fr: "/mes-donnees/consulter" },
    "/my-data/erase": { en: "/my-data/erase", fr: "/mes-donnees/effacer" },
    "/my-data/erased": { en: "/my-data/erased", fr: "/mes-donnees/effacees" },
    "/admin/data-requests": { en: "/admin/data-requests", fr: "/admin/demandes-de-donnees" },
    "/admin/campaigns/[id]/signatures/[signatureId]/erase": { en: "/admin/campaigns/[id]/signatures/[signatureId]/erase", fr: "/admin/campagnes/[id]/signatures/[signatureId]/effacer" },
    "/admin": "/admin",
    "/admin/sign-in": { en: "/admin/sign-in", fr: "/admin/connexion" },
    "/admin/sign-in/link": { en: "/admin/sign-in/link", fr: "/admin/connexion/lien" },
    "/admin/check-email": { en: "/admin/check-email", fr: "/admin/verifiez-vos-courriels" },
    "/admin/outbox": { en: "/admin/outbox", fr: "/admin/boite-d-envoi" },
    "/admin/users": { en: "/admin/users", fr: "/admin/comptes" },
    "/admin/settings": { en: "/admin/settings", fr: "/admin/parametres" },
    "/admin/audit": { en: "/admin/audit", fr: "/admin/journal" },
    "/admin/campaigns": { en: "/admin/campaigns", fr: "/admin/campagnes" },
    "/admin/campaigns/new": { en: "/admin/campaigns/new", fr: "/admin/campagnes/nouvelle" },
    "/admin/campaigns/[id]": { en: "/admin/campaigns/[id]", fr: "/admin/campagnes/[id]" },
    "/admin/campaigns/[id]/status": { en: "/admin/campaigns/[id]/status", fr: "/admin/campagnes/[id]/etat" },
    "/admin/campaigns/[id]/preview": { en: "/admin/campaigns/[id]/preview", fr: "/admin/campagnes/[id]/apercu" },
    "/admin/campaigns/[id]/signatures": { en: "/admin/campaigns/[id]/signatures", fr: "/admin/campagnes/[id]/signatures" },
    "/admin/campaigns/[id]/signatures/[signatureId]": { en: "/admin/campaigns/[id]/signatures/[signatureId]", fr: "/admin/campagnes/[id]/signatures/[signatureId]" },
    "/admin/campaigns/[id]/invalidate": { en: "/admin/campaigns/[id]/invalidate", fr: "/admin/campagnes/[id]/invalider" },
    "/admin/campaigns/[id]/invalidate/[invalidationId]": { en: "/admin/campaigns/[id]/invalidate/[invalidationId]", fr: "/admin/campagnes/[id]/invalider/[invalidationId]" },
    "/admin/campaigns/[id]/letters": { en: "/admin/campaigns/[id]/letters", fr: "/admin/campagnes/[id]/lettres" },
    "/admin/campaigns/[id]/letters/retry": { en: "/admin/campaigns/[id]/letters/retry", fr: "/admin/campagnes/[id]/lettres/renvoyer" },
    "/admin/campaigns/[id]/updates": { en: "/admin/campaigns/[id]/updates", fr: "/admin/campagnes/[id]/mises-a-jour" },
    "/admin/campaigns/[id]/updates/new": { en: "/admin/campaigns/[id]/updates/new", fr: "/admin/campagnes/[id]/mises-a-jour/nouvelle" },
    "/admin/campaigns/[id]/updates/[updateId]": { en: "/admin/campaigns/[id]/updates/[updateId]", fr: "/admin/campagnes/[id]/mises-a-jour/[updateId]" },
    "/admin/campaigns/[id]/updates/[updateId]/send": { en: "/admin/campaigns/[id]/updates/[updateId]/send", fr: "/admin/campagnes/[id]/mises-a-jour/[updateId]/envoyer" },
    "/admin/campaigns/[id]/updates/[updateId]/preview": { en: "/admin/campaigns/[id]/updates/[updateId]/preview", fr: "/admin/campagnes/[id]/mises-a-jour/[updateId]/apercu" },
    "/admin/findings": { en: "/admin/findings", fr: "/admin/constats" },
    "/admin/findings/new": { en: "/admin/findings/new", fr: "/admin/constats/nouveau" },
    "/admin/findings/[id]": { en: "/admin/findings/[id]", fr: "/admin/constats/[id]" },
    "/admin/directory": { en: "/admin/directory", fr: "/admin/repertoire" },
    "/admin/directory/[representativeId]": { en: "/admin/directory/[representativeId]", fr: "/admin/repertoire/[representativeId]" },
    "/admin/outbox/[id]": { en: "/admin/outbox/[id]", fr: "/admin/boite-d-envoi/[id]" },
  },
});
