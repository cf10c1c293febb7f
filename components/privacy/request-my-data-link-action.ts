"use server";

import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { requestMyDataLink, type MyDataRequestState } from "@/server/privacy/request-my-data-link";
import { visitorRequestContext } from "@/server/request/visitor-context";

/*
 * The action of the "email me a link to my data" form. It lives beside the form rather than in
 * app/ because the form is embedded by more than one page (/my-data, /privacy) with only its
 * locale, and components may not import app/.
 */

/** "Email me a link to my data": the same answer whether or not the address is known. */
export async function requestMyDataLinkAction(_state: MyDataRequestState, form: FormData): Promise<MyDataRequestState> {
  const email = String(form.get("email") ?? "");
  const context = await visitorRequestContext();
  const result = await orUnavailable(() => requestMyDataLink(context, form));
  if (result === UNAVAILABLE) return { error: UNAVAILABLE, email };
  return result.ok ? { sent: true } : { error: result.error, email };
}
