/*
 * What the petition form shows between posts: the values as typed and each field's message key
 * (under "Sign.errors"). Types only, so the form's client component can name them.
 */

export type SignFormValues = { name: string; email: string; residence: string; postalCode: string; country: string; subscribe: boolean };
export type SignState = { errors?: Record<string, string>; values?: SignFormValues };
