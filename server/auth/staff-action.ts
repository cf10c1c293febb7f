import "server-only";
import { formValues, type FormValues } from "@/lib/forms/form-state";
import { isDatabaseUnavailable } from "@/lib/outage/database-unavailable";
import { isRefused, type RefusalCode } from "@/lib/refused";
import { staffContext, type Context, type StaffActor } from "@/server/context";
import { checkDatabase } from "@/server/health/check-database";
import { currentActor } from "./current-actor";

/**
 * A refused action; a form's post comes back with its values, so a session that ended (or a
 * database that is briefly unreachable) loses nothing typed.
 */
export type Refusal = { refused: RefusalCode; values?: FormValues };

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && "refused" in value;
}

/**
 * Wraps a server action of the organiser panel: a server action is a public endpoint, so before it
 * reads a single argument it finds who is signed in and builds their context, once. The verb it
 * calls checks that actor's permission at its first line (server/auth/permissions.ts), before it
 * reads its input. A refusal is an answer, not an exception, so that a page can say so and a test
 * can see it. So is a database outage, for every panel write at once: "nothing was saved, try
 * again", with the form as typed.
 */
export function staffAction<Args extends unknown[], Result>(handler: (context: Context, ...args: Args) => Promise<Result>) {
  return actingAs(currentActor, handler);
}

/**
 * staffAction with the way to find who acts given: the Auth.js session for a real request, the
 * member a test signed in (so a test runs the same refusals without a Next request around it).
 */
export function actingAs<Args extends unknown[], Result>(findActor: () => Promise<Omit<StaffActor, "kind"> | null>, handler: (context: Context, ...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result | Refusal> => {
    const refuse = (refused: RefusalCode): Refusal => {
      const form = args.find((arg): arg is FormData => arg instanceof FormData);
      return form ? { refused, values: formValues(form) } : { refused };
    };
    try {
      const actor = await findActor();
      // Auth.js reads a failed session lookup as "no session": only a database that answers means signed out.
      if (!actor) return refuse((await checkDatabase()) === "up" ? "signed-out" : "unavailable");
      return await handler(staffContext(actor), ...args);
    } catch (error) {
      if (isRefused(error)) return refuse(error.code);
      if (isDatabaseUnavailable(error)) return refuse("unavailable");
      throw error;
    }
  };
}

/** The signed-in member of staff's context for a page or route, or null when nobody is. */
export async function staffRequestContext(): Promise<Context | null> {
  const actor = await currentActor();
  return actor ? staffContext(actor) : null;
}
