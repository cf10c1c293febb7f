import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import { db } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { isStaffMember } from "@/server/auth/is-staff-member";
import { queueSignInLink } from "@/server/auth/queue-sign-in-link";
import { signInLinkOverLimit } from "@/server/auth/sign-in-link-over-limit";
import { systemContext } from "@/server/context";
import { visitorRequestContext } from "@/server/request/visitor-context";

import type { Role } from "@/lib/roles";
import { log } from "@/lib/log/logger.mjs";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; disabled: boolean } & DefaultSession["user"];
  }
}

// Auth.js's own checks (the callback, after a link is used) act as Chorus itself, not as anyone signed in.
const authContext = systemContext("auth");

/*
 * Organisers sign in with a link sent by email (through our own mail pipeline: Auth.js's Resend
 * provider would call Resend directly). Accounts exist only by invitation: links are sent only to
 * known, enabled users, and the callback refuses anyone else. Sessions live in the database.
 * Configured lazily so that `next build` needs no secrets.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  adapter: DrizzleAdapter(db(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
  session: { strategy: "database", maxAge: 7 * 24 * 3600, updateAge: 24 * 3600 },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      // Short-lived: the link is single-use (Auth.js stores only its hash and deletes it on use).
      maxAge: 15 * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        // Every way of asking for a link ends here, Auth.js's own endpoint included: the limits
        // hold for all of them. Over a limit nothing is sent and the answer is the usual one.
        // The visitor asking, known by their address's keyed hash (from the request Auth.js was given).
        const visitor = await visitorRequestContext(request.headers);
        if (await signInLinkOverLimit(visitor, identifier)) return;
        // The link is built from the request; emails must point at the public address instead.
        const link = new URL(url);
        const publicUrl = new URL(env().APP_URL);
        link.protocol = publicUrl.protocol;
        link.host = publicUrl.host;
        await queueSignInLink(visitor, identifier, link.toString());
      },
      options: {},
    },
  ],
  logger: {
    // A used or expired link is an everyday event for the person (they get a clear page), not a fault.
    error(error) {
      if ((error as { type?: string }).type === "Verification") log.warn("[auth] sign-in link already used or expired");
      else log.error({ err: error }, "[auth] sign-in failed");
    },
  },
  pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/check-email", error: "/admin/sign-in" },
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a link always "succeeds", so the form reveals nothing about who has an account.
      if (email?.verificationRequest) return true;
      return user.email ? isStaffMember(authContext, user.email) : false;
    },
    session({ session, user }) {
      const row = user as { role?: Role; disabledAt?: Date | null };
      return { ...session, user: { ...session.user, id: user.id, role: row.role ?? "viewer", disabled: Boolean(row.disabledAt) } };
    },
  },
}));
