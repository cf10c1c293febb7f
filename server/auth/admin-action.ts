import "server-only";
import { formValues, type FormValues } from "@/lib/forms/form-state";
import { isDatabaseUnavailable } from "@/lib/outage/database-unavailable";
import { checkDatabase } from "@/server/health/check-database";
import { actionPolicy, type AdminAction } from "./policy";
import { AuthorizationError, currentActor, type Actor } from "./current-actor";

/**
 * A refused action; a form's post comes back with its values, so a session that ended (or a
 * database that is briefly unreachable) loses nothing typed.
 */
export type Refusal = { refused: "signed-out" | "forbidden" | "unavailable"; values?: FormValues };

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && "refused" in value;
}

/**
 * Wraps a server action of the organiser panel: a server action is a public endpoint, so before it
 * reads a single argument it checks the session and the role the policy gives it. A refusal is an
 * answer, not an exception, so that a page can say so and a test can see it. So is a database
 * outage, for every panel write at once: "nothing was saved, try again", with the form as typed.
 */
export function adminAction<Args extends unknown[], Result>(name: AdminAction, handler: (actor: Actor, ...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result | Refusal> => {
    const refuse = (refused: Refusal["refused"]): Refusal => {
      const form = args.find((arg): arg is FormData => arg instanceof FormData);
      return form ? { refused, values: formValues(form) } : { refused };
    };
    try {
      const actor = await currentActor();
      // Auth.js reads a failed session lookup as "no session": only a database that answers means signed out.
      if (!actor) return refuse((await checkDatabase()) === "up" ? "signed-out" : "unavailable");
      if (!actionPolicy[name].includes(actor.role)) return refuse("forbidden");
      return await handler(actor, ...args);
    } catch (error) {
      if (error instanceof AuthorizationError) return refuse(error.reason);
      if (isDatabaseUnavailable(error)) return refuse("unavailable");
      throw error;
    }
  };
}

// Transitional: moved to ./as-form-action.ts (pages of other areas still import it from here).
export { asFormAction } from "./as-form-action";
