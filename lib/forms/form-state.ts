/*
 * What a panel form's server action answers, and how a form reads it back. Every panel form
 * shares it so that a refused save never loses what the organiser typed: the action returns the
 * submitted `values` beside the `errors`, and the fields take their defaults from those values
 * (with JavaScript through useActionState, without it in the page rendered after the post).
 */

/** A field's value as posted: repeated names (checkbox lists) keep every value. */
export type FormValues = Record<string, string | string[]>;

/** A field's problem: a message key of the form's `errors` namespace, or a key with its message arguments. */
export type FieldError = string | { key: string; [argument: string]: string };

export type FormErrors = Record<string, FieldError>;

/**
 * The common answer: the values as posted and their errors, a refusal, or `done`, the key of a
 * message saying what was done. A form's own action may add what it needs (`saved`, `invited`…).
 */
export type FormState = { values?: FormValues; errors?: FormErrors; refused?: string; done?: string };

/** Names React and Next add to a posted form (action ids, form state keys), which are not fields. */
const internal = /^\$ACTION_/;

/** The posted fields as typed: files are dropped, names posted several times keep all their values in order. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of form) {
    if (internal.test(name) || typeof value !== "string") continue;
    const previous = values[name];
    values[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}

/** The text of a field (the first value of a repeated one). */
export function textValue(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Whether a checkbox or radio button of that value was posted (a checkbox posts "on" without a value). */
export function isChecked(values: FormValues, name: string, value = "on"): boolean {
  const posted = values[name];
  return Array.isArray(posted) ? posted.includes(value) : posted === value;
}

/** A field error's message key and arguments. */
export function errorMessage(error: FieldError): { key: string; args: Record<string, string> } {
  if (typeof error === "string") return { key: error, args: {} };
  const { key, ...args } = error;
  return { key, args };
}

/**
 * Saved values in the shape a post has, so the form reads saved and posted values alike: a true
 * box is "on", a false or missing one absent, numbers are text, lists stay lists.
 */
export function toFormValues(record: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === true) values[name] = "on";
    else if (Array.isArray(value)) values[name] = value.map(String);
    else if (typeof value === "string" || typeof value === "number") values[name] = String(value);
  }
  return values;
}
