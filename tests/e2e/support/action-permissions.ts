import type { Permission } from "@/server/auth/permissions";

/*
 * Every admin server action, by exported name, with the permission of the verb it calls (the verb
 * checks it at its first line: server/auth/permissions.ts). tests/e2e/admin-access.spec.ts checks
 * that every admin action the build registered is listed here, and posts each one as every role.
 */
export const actionPermissions = {
  retryEmailAction: "outbox.retry",
  signOutAction: "session.end",
  signOutEverywhereAction: "session.end",
  inviteUserAction: "users.manage",
  changeRoleAction: "users.manage",
  setUserEnabledAction: "users.manage",
  saveSettingsAction: "settings.manage",
  saveCampaignAction: "campaign.edit",
  changeStatusAction: "campaign.change-status",
  invalidateSignatureAction: "signatures.invalidate",
  invalidateMatchingAction: "signatures.invalidate",
  restoreSignatureAction: "signatures.restore",
  eraseSignerAction: "supporters.erase",
  undoInvalidationAction: "signatures.restore",
  saveLetterActionAction: "letters.edit",
  retryFailedLettersAction: "letters.retry",
  saveUpdateAction: "updates.edit",
  unpublishUpdateAction: "updates.edit",
  sendUpdateAction: "updates.send",
  sendUpdateTestAction: "updates.send",
  saveFindingAction: "findings.edit",
  saveRepresentativeAction: "directory.edit",
  addFixedTargetAction: "directory.edit",
  addProvincialMemberAction: "directory.edit",
  setFixedTargetEnabledAction: "directory.edit",
} as const satisfies Record<string, Permission>;

/** Admin route handlers, by route, with the permission their verb checks. */
export const routePermissions = {
  "/api/admin/campaigns/[id]/signatures.csv": "signatures.export",
} as const satisfies Record<string, Permission>;
