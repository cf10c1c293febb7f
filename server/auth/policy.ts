import type { Role } from "@/auth";

/*
 * Who may do what in the organiser panel: the one list that pages, server actions, admin routes and
 * their verbs all check, and that tests/e2e/admin-access.spec.ts walks for every role. A page or
 * action missing from here fails that test, so nothing new can be left unguarded.
 */

const everyone: readonly Role[] = ["admin", "organiser", "viewer"];
// Organisers run campaigns and see supporters' data; viewers see aggregate dashboards only.
const editors: readonly Role[] = ["admin", "organiser"];
const admins: readonly Role[] = ["admin"];

/** Admin pages, by route (as in lib/i18n/routing.ts). */
export const pagePolicy = {
  "/admin": everyone,
  "/admin/campaigns": everyone,
  "/admin/campaigns/new": editors,
  "/admin/campaigns/[id]": editors,
  "/admin/campaigns/[id]/status": editors,
  // Drafts are unpublished work: only those who may edit them see them.
  "/admin/campaigns/[id]/preview": editors,
  "/admin/campaigns/[id]/signatures": editors,
  "/admin/campaigns/[id]/signatures/[signatureId]": editors,
  "/admin/campaigns/[id]/invalidate": editors,
  "/admin/campaigns/[id]/invalidate/[invalidationId]": editors,
  "/admin/campaigns/[id]/letters": editors,
  "/admin/campaigns/[id]/letters/retry": editors,
  // Viewers may read a campaign's updates; writing them is for editors.
  "/admin/campaigns/[id]/updates": everyone,
  "/admin/campaigns/[id]/updates/new": editors,
  "/admin/campaigns/[id]/updates/[updateId]": editors,
  "/admin/campaigns/[id]/updates/[updateId]/send": editors,
  "/admin/campaigns/[id]/updates/[updateId]/preview": editors,
  "/admin/findings": editors,
  "/admin/findings/new": editors,
  "/admin/findings/[id]": editors,
  "/admin/directory": editors,
  "/admin/directory/[representativeId]": editors,
  "/admin/outbox": editors,
  "/admin/outbox/[id]": editors,
  "/admin/users": admins,
  "/admin/settings": admins,
  "/admin/audit": admins,
} as const satisfies Record<string, readonly Role[]>;

/** Server actions, by exported name. */
export const actionPolicy = {
  retryEmailAction: editors,
  signOutAction: everyone,
  signOutEverywhereAction: everyone,
  inviteUserAction: admins,
  changeRoleAction: admins,
  setUserEnabledAction: admins,
  saveSettingsAction: admins,
  saveCampaignAction: editors,
  changeStatusAction: editors,
  invalidateSignatureAction: editors,
  invalidateMatchingAction: editors,
  restoreSignatureAction: editors,
  undoInvalidationAction: editors,
  saveLetterActionAction: editors,
  retryFailedLettersAction: editors,
  saveUpdateAction: editors,
  unpublishUpdateAction: editors,
  saveFindingAction: editors,
  sendUpdateAction: editors,
  sendUpdateTestAction: editors,
  saveRepresentativeAction: editors,
  addFixedTargetAction: editors,
  addProvincialMemberAction: editors,
  setFixedTargetEnabledAction: editors,
} as const satisfies Record<string, readonly Role[]>;

/** Admin route handlers, by route. */
export const routePolicy = {
  "/api/admin/campaigns/[id]/signatures.csv": editors,
} as const satisfies Record<string, readonly Role[]>;

export type AdminPage = keyof typeof pagePolicy;
export type AdminAction = keyof typeof actionPolicy;
