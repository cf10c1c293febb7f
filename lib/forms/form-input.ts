/**
 * A posted form's fields as the object a verb parses. A post with no arguments (a forged or broken
 * call) gives an empty object, so that the verb still runs and its permission check answers first.
 */
export function formInput(form: FormData | undefined): Record<string, FormDataEntryValue> {
  return form instanceof FormData ? Object.fromEntries(form) : {};
}
