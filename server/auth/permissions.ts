// Not server-only (it holds no secret, and imports only types from the server): tests/e2e/admin-access.spec.ts reads the list.
import { Refused } from "@/lib/refused";
import type { Role } from "@/lib/roles";
import type { Context, StaffActor } from "@/server/context";

/*
 * What each role may do, by permission: the one list that every admin verb checks (authorize, at
 * its first line) and that tests/e2e/admin-access.spec.ts walks for every role through the server
 * actions that call those verbs. Pages are listed by route in ./policy.ts.
 */

const everyone: readonly Role[] = ["admin", "organiser", "viewer"];
// Organisers run campaigns and see supporters' data; viewers see aggregate dashboards only.
const editors: readonly Role[] = ["admin", "organiser"];
const admins: readonly Role[] = ["admin"];

export const permissions = {
  "dashboard.read": everyone,
  "session.end": everyone,
  "campaigns.list": everyone,
  "campaign.edit": editors,
  // Drafts are unpublished work: only those who may edit them see them.
  "campaign.preview": editors,
  "campaign.change-status": editors,
  "signatures.read": editors,
  "signatures.export": editors,
  "signatures.invalidate": editors,
  "signatures.restore": editors,
  // Erasing a supporter on their request (by email or phone) is an organiser's job; it is audited.
  "supporters.erase": editors,
  // Counts of exports and erasures, with no personal data: anyone who may read the audit log or run campaigns.
  "data-requests.read": editors,
  "letters.read": editors,
  "letters.edit": editors,
  "letters.retry": editors,
  // Viewers may read a campaign's updates; writing and sending them is for editors.
  "updates.read": everyone,
  "updates.edit": editors,
  "updates.send": editors,
  "findings.edit": editors,
  "directory.read": editors,
  "directory.edit": editors,
  "outbox.read": editors,
  "outbox.retry": editors,
  "users.manage": admins,
  "settings.manage": admins,
  "audit.read": admins,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/** Whether this role has the permission (for pages deciding which controls to show). */
export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/**
 * The check every admin verb starts with: the acting member of staff when their role has the
 * permission; a refusal otherwise (signed out, or a visitor or job calling an admin verb).
 */
export function authorize(context: Context, permission: Permission): StaffActor {
  const { actor } = context;
  if (actor.kind !== "staff") throw new Refused("signed-out");
  if (!can(actor.role, permission)) throw new Refused("forbidden");
  return actor;
}
