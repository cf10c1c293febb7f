/*
 * What every verb that can fail in an expected way returns: `{ ok: true, …value }` or
 * `{ ok: false, error, fields? }`, the error a short code the page translates, and `fields` the
 * per-field codes of a form. A refusal (who may, whether it exists) is thrown instead: see
 * lib/refused.ts.
 */

export type Ok<Value extends object = object> = { ok: true } & Value;
export type Failed<Code extends string = string> = { ok: false; error: Code; fields?: Record<string, string> };
export type Result<Value extends object, Code extends string> = Ok<Value> | Failed<Code>;

export function ok(): Ok;
export function ok<Value extends object>(value: Value): Ok<Value>;
export function ok(value: object = {}): Ok {
  return { ok: true, ...value };
}

export function failed<Code extends string>(error: Code, fields?: Record<string, string>): Failed<Code> {
  return fields ? { ok: false, error, fields } : { ok: false, error };
}
