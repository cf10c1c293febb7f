"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormErrors, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffAction } from "@/server/auth/staff-action";
import { retryFailedLetters } from "@/server/letters/retry-failed-letters";
import { saveLetterAction } from "@/server/letters/save-letter-action";

// The verb names an unknown merge field as "unknownField|<name>": the message takes the name as its argument.
const namedErrors = (errors: Record<string, string>): FormErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([name, error]) => {
      const [key = error, field] = error.split("|");
      return [name, field === undefined ? key : { key, field }];
    }),
  );

/** The letter action editor answers in place (PanelForm): a refused save comes back with what was typed. */
export const saveLetterActionAction = staffAction(async (context, _state: FormState, form: FormData): Promise<FormState> => {
  // The form goes to the verb untouched: it checks the role before it reads a field.
  const result = await saveLetterAction(context, form);
  const values = formValues(form);
  if (!result.ok) return { errors: namedErrors(result.fields ?? { form: result.error }), values };
  revalidatePath("/[locale]/admin/campaigns/[id]/letters", "page");
  return { done: "saved", values };
});

export const retryFailedLettersAction = staffAction(async (context, form: FormData) => {
  const result = await retryFailedLetters(context, form);
  const locale = String(form.get("locale"));
  const id = String(form.get("campaignId"));
  const query = result.ok ? { retried: String(result.retried), skipped: String(result.skipped) } : { retryError: result.error };
  return redirect({ href: { pathname: "/admin/campaigns/[id]/letters", params: { id }, query }, locale: isLocale(locale) ? locale : "en" });
});
