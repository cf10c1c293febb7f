import { randomBytes } from "node:crypto";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
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

/**
 * Runs `work` as a request from this staff member's browser would: inside the request scope that
 * Next.js gives a server action, with their session cookie, so that the real Auth.js session
 * lookup (auth() → the sessions table) and every verb's requireRole() run unchanged. The scope is
 * the smallest Next's headers() accepts; it relies on Next's internal async storages (next 16).
 */
export function asStaff<T>(member: StaffMember, work: () => Promise<T>): Promise<T> {
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-proto": "http", cookie: `authjs.session-token=${member.sessionToken}` });
  const workStore = { route: "/integration-test", forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const requestStore = { type: "request", phase: "action", headers, implicitTags: { tags: [] } };
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore as never, work));
}

/** The context an admin verb gets when this staff member acts (as staffAction builds it from their session). */
export function staffContextOf(member: StaffMember): Context {
  return staffContext({ userId: member.userId, email: member.email, role: member.role });
}
