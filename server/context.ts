import "server-only";
import { db, type Database } from "@/db/client";
import { runInTransaction, type UnitOfWork } from "@/db/transaction";
import type { Role } from "@/lib/roles";

/*
 * Every verb takes one Context, built once by whoever calls it: a route or server action (from the
 * session and the request), a job (a system actor), a script or a test (directly). It says who
 * acts and, when a transaction is open, which one, so that a verb called by another verb joins the
 * caller's transaction instead of opening its own.
 */

/** A signed-in, enabled member of staff. */
export type StaffActor = { kind: "staff"; userId: string; email: string; role: Role };
/** A visitor of the public site; clientKey is the keyed hash of their address, when it is known. */
export type VisitorActor = { kind: "visitor"; clientKey: string | null };
/** Chorus itself: a job of the worker, a script, the seed. */
export type SystemActor = { kind: "system"; name: string };
export type Actor = StaffActor | VisitorActor | SystemActor;

export type Context = { readonly actor: Actor; readonly unit?: UnitOfWork };
/** A context with its transaction open: `db` and `enqueue` are that transaction's. */
export type TxContext = Context & UnitOfWork & { readonly unit: UnitOfWork };

/** For reads of public data (a page, a feed): a visitor nobody needs to tell apart. */
export const publicContext: Context = { actor: { kind: "visitor", clientKey: null } };
export const systemContext = (name: string): Context => ({ actor: { kind: "system", name } });
export const visitorContext = (clientKey: string | null): Context => ({ actor: { kind: "visitor", clientKey } });
export const staffContext = (actor: Omit<StaffActor, "kind">): Context => ({ actor: { kind: "staff", ...actor } });

/** Where a verb reads: the caller's open transaction when there is one, else the pool. */
export function database(context: Context): Database {
  return context.unit?.db ?? db();
}

/**
 * Runs work in a transaction: the caller's when one is open (nothing commits until the caller's
 * does), else a new one. Jobs enqueued through it are written in that same transaction.
 */
export function transaction<T>(context: Context, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if (context.unit) return work({ ...context.unit, ...context, unit: context.unit });
  return runInTransaction((unit) => work({ ...unit, actor: context.actor, unit }));
}

/** The client key of a visitor's request, null for anyone else (staff and jobs are not rate-limited by address). */
export function clientKeyOf(context: Context): string | null {
  return context.actor.kind === "visitor" ? context.actor.clientKey : null;
}
