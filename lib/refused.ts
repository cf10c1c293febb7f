/*
 * The one error for a request Chorus will not carry out: verbs throw it (a role check, a missing
 * record, a database that is away), and routes and actions turn it into an answer in one place
 * (server/auth/admin-action.ts, server/outage/unavailable-response.ts). Anything else thrown is a
 * bug and surfaces as one. Expected outcomes of a verb (a form with errors, a closed campaign) are
 * not refusals: they are the verb's Result (lib/result.ts).
 */

export type RefusalCode = "signed-out" | "forbidden" | "not-found" | "unavailable";

/** The HTTP status each refusal is answered with, wherever it is answered over HTTP. */
export const refusalStatus: Record<RefusalCode, number> = {
  "signed-out": 401,
  forbidden: 403,
  "not-found": 404,
  unavailable: 503,
};

const descriptions: Record<RefusalCode, string> = {
  "signed-out": "sign in first",
  forbidden: "your role does not allow this",
  "not-found": "no such record",
  unavailable: "the database is unavailable",
};

export class Refused extends Error {
  constructor(
    readonly code: RefusalCode,
    options?: { cause?: unknown },
  ) {
    super(descriptions[code], options);
    this.name = "Refused";
  }
}

export function isRefused(error: unknown): error is Refused {
  return error instanceof Refused;
}
