import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { Role } from "@/lib/roles";
import { staffContext, type Context } from "@/server/context";
import { uniqueSuffix } from "../../support/factories";

export type StaffMember = { userId: string; email: string; role: Role; sessionToken: string };

/** A staff account with a live database session, as the sign-in link would leave it. */
export async function createStaffMember(database: Database, role: Role): Promise<StaffMember> {
  const email = `${role}-${uniqueSuffix()}@privatefaces.example`;
  const [user] = await database.insert(users).values({ email, role }).returning({ id: users.id });
  const sessionToken = randomBytes(32).toString("hex");
  await database.insert(sessions).values({ sessionToken, userId: user!.id, expires: new Date(Date.now() + 3_600_000) });
  return { userId: user!.id, email, role, sessionToken };
}

/** The context an admin verb gets when this staff member acts (as staffAction builds it from their session). */
export function staffContextOf(member: StaffMember): Context {
  return staffContext({ userId: member.userId, email: member.email, role: member.role });
}
