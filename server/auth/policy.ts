import type { Permission } from "./permissions";

/*
 * Which permission opens each admin page, by route (as in lib/i18n/routing.ts): pages are checked
 * by staffPage, and what each role may do is in ./permissions.ts, the one list of roles that
 * tests/e2e/admin-access.spec.ts walks. A page missing from here fails that test, so nothing new
 * can be left unguarded. The data each page shows is checked again by its verbs.
 */
export const pagePolicy = {
  "/admin": "dashboard.read",
  "/admin/campaigns": "campaigns.list",
  "/admin/campaigns/new": "campaign.edit",
  "/admin/campaigns/[id]": "campaign.edit",
  "/admin/campaigns/[id]/status": "campaign.change-status",
  "/admin/campaigns/[id]/preview": "campaign.preview",
  "/admin/campaigns/[id]/signatures": "signatures.read",
  "/admin/campaigns/[id]/signatures/[signatureId]": "signatures.read",
  "/admin/campaigns/[id]/invalidate": "signatures.read",
  "/admin/campaigns/[id]/invalidate/[invalidationId]": "signatures.read",
  "/admin/campaigns/[id]/letters": "letters.read",
  "/admin/campaigns/[id]/letters/retry": "letters.retry",
  "/admin/campaigns/[id]/updates": "updates.read",
  "/admin/campaigns/[id]/updates/new": "updates.edit",
  "/admin/campaigns/[id]/updates/[updateId]": "updates.edit",
  "/admin/campaigns/[id]/updates/[updateId]/send": "updates.send",
  "/admin/campaigns/[id]/updates/[updateId]/preview": "updates.edit",
  "/admin/findings": "findings.edit",
  "/admin/findings/new": "findings.edit",
  "/admin/findings/[id]": "findings.edit",
  "/admin/directory": "directory.read",
  "/admin/directory/[representativeId]": "directory.read",
  "/admin/outbox": "outbox.read",
  "/admin/outbox/[id]": "outbox.read",
  "/admin/users": "users.manage",
  "/admin/settings": "settings.manage",
  "/admin/audit": "audit.read",
  "/admin/data-requests": "data-requests.read",
  "/admin/campaigns/[id]/signatures/[signatureId]/erase": "supporters.erase",
} as const satisfies Record<string, Permission>;

export type AdminPage = keyof typeof pagePolicy;
