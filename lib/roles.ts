/** The roles of the organiser panel (see server/auth/permissions.ts for what each may do). */
export const roles = ["admin", "organiser", "viewer"] as const;
export type Role = (typeof roles)[number];
