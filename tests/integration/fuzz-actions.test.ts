import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { isLocale } from "@/lib/i18n/routing";
import { isRefused } from "@/lib/refused";
import { visitorContext } from "@/server/context";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { composeLetters } from "@/server/letters/compose-letters";
import { openWriterLink } from "@/server/letters/open-writer-link";
import { requestWriterLink } from "@/server/letters/request-writer-link";
import { openMyDataLink } from "@/server/privacy/open-my-data-link";
import { requestMyDataLink } from "@/server/privacy/request-my-data-link";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { signingTarget } from "@/server/signatures/open-campaign";
import { resendConfirmation } from "@/server/signatures/resend-confirmation";
import { signState, submitSignForm } from "@/server/signatures/submit-sign-form";
import { savePreferences } from "@/server/subscribers/save-preferences";
import { catalogues } from "../support/catalogues";
import { anyValue, dropQueuedWork, formData, nastyText, paramText, runs, spoiled } from "./support/fuzz";
import { letterCampaign } from "./support/letter-campaign";
import { prepareLetters } from "./support/letters-env";

/*
 * Every public server action, called as a visitor's post reaches it, with arbitrary fields: it
 * returns a state whose error keys are messages of its form's namespace, or ends in Next's
 * redirect or not-found. Anything else it throws is a 500 page for that visitor.
 */

const DEMO = "moratorium-police-facial-recognition";
let letters = { slug: "", writer: "" };
let petitionConsentId = "";
let stub: Awaited<ReturnType<typeof prepareLetters>> | undefined;
afterAll(async () => {
  await dropQueuedWork();
  await stub?.close();
});
beforeAll(async () => {
  stub = await prepareLetters();
  letters = await letterCampaign();
  const target = await signingTarget(DEMO);
  if (target.state !== "open") throw new Error("the demo campaign is not open");
  petitionConsentId = target.petitionConsents[0]!.id;
});

// A visitor whose address is not known (as before: no client address reached these actions).
const visitor = visitorContext(null);

/** A public verb, called with a visitor's context as its action calls it: it answers, whatever it is given. */
async function answer<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${what} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
const errorKey = (state: { step: string; error?: { key: string } }) => state.error?.key;

/** A verb's answer, or "refused" for a refusal (an unknown campaign): anything else it throws is a bug. */
async function verbOutcome<T>(what: string, work: () => Promise<T>): Promise<T | "refused"> {
  try {
    return await work();
  } catch (error) {
    if (isRefused(error)) return "refused";
    throw new Error(`${what} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** The sign form's state after a post, as signAction would return it (none once signed or refused). */
const signFormState = async (slug: string, locale: "en" | "fr", data: FormData) => {
  const result = await verbOutcome("submitSignForm", () => submitSignForm(visitor, slug, locale, data));
  return result === "refused" || result.ok ? {} : signState(result);
};

function expectKeys(what: string, namespace: Record<string, unknown>, keys: (string | undefined)[]) {
  const unknown = keys.filter((key): key is string => key !== undefined && typeof namespace[key] !== "string");
  if (unknown.length > 0) throw new Error(`${what}: error keys without a message: ${JSON.stringify(unknown)}`);
}

const text = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
/** A posted form: some of these fields with any text, and a few unknown ones. */
const form = (names: string[]) =>
  fc.tuple(fc.array(fc.tuple(fc.constantFrom(...names), fc.oneof(nastyText, anyValue.map(text))), { maxLength: 12 }), fc.dictionary(nastyText, nastyText, { maxKeys: 2 })).map(([fields, extra]) => {
    const data = new FormData();
    for (const [name, value] of [...fields, ...Object.entries(extra)]) data.append(name, value);
    return data;
  });
const slugs = fc.oneof(fc.constant(DEMO), fc.constant("letters"), paramText);
const pick = (slug: string) => (slug === "letters" ? letters.slug : slug);
let serial = 0;
const validSignature = () => ({ name: "Ana Lima", email: `fuzz-${++serial}-${Date.now()}@example.org`, residence: "CA", postalCode: "K1A 0A6", country: "", acknowledge: "on", petitionConsentId, subscribe: "on" });
const validLetter = { step: "send", riding: "35079", subject: "0", body: "Please act on facial recognition.", orgBody: "", postalCode: "K1P 5G4" };
const locales = fc.oneof(fc.constantFrom("en", "fr"), paramText);

describe("fuzzing the public server actions", () => {
  it("sign form: any fields", async () => {
    const fields = ["name", "email", "residence", "postalCode", "country", "subscribe", "acknowledge", "petitionConsentId", "updatesConsentId", "website"];
    await fc.assert(
      fc.asyncProperty(slugs, fc.constantFrom("en", "fr"), form(fields), async (slug, locale, data) => {
        const state = await signFormState(slug, locale, data);
        expectKeys("submitSignForm", catalogues.en.Sign.errors, Object.values(state.errors ?? {}));
      }),
      runs(80),
    );
  });

  it("sign form: a valid signature with any field spoiled", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constant(null).chain(() => spoiled(validSignature())),
        fc.constantFrom("en", "fr"),
        async (fields, locale) => {
          const state = await signFormState(DEMO, locale, formData(fields));
          expectKeys("submitSignForm", catalogues.en.Sign.errors, Object.values(state.errors ?? {}));
        },
      ),
      runs(60),
    );
  });

  it("letter composer: a proven writer's valid letter with any field spoiled", async () => {
    await fc.assert(
      fc.asyncProperty(spoiled(validLetter), fc.constantFrom("send", "preview"), async (fields, step) => {
        const state = await answer("composeLetters", () => composeLetters(visitor, letters.slug, "en", letters.writer, formData({ ...fields, step: fields.step === validLetter.step ? step : fields.step })));
        expectKeys("composeLetters", catalogues.en.Write.errors, [errorKey(state)]);
      }),
      runs(40),
    );
  });

  it("letter composer: any fields, with and without a proven writer", async () => {
    const fields = ["step", "riding", "otherRiding", "provincialRiding", "subject", "body", "orgBody", "postalCode", "target", "targets"];
    await fc.assert(
      fc.asyncProperty(slugs, locales, form(fields), fc.boolean(), async (slug, locale, data, proven) => {
        const state = await answer("composeLetters", () => composeLetters(visitor, pick(slug), locale, proven ? letters.writer : null, data));
        expectKeys("composeLetters", catalogues.en.Write.errors, [errorKey(state)]);
      }),
      runs(60),
    );
  });

  it("writer links: any email and token", async () => {
    await fc.assert(
      fc.asyncProperty(slugs, locales, form(["email"]), paramText, async (slug, locale, data, token) => {
        const result = await answer("requestWriterLink", () => requestWriterLink(visitor, pick(slug), isLocale(locale) ? locale : "en", { email: String(data.get("email") ?? "") }));
        expectKeys("requestWriterLink", catalogues.en.Write.errors, [result.ok ? undefined : result.error]);
        await answer("openWriterLink", () => openWriterLink(visitor, token));
      }),
      runs(40),
    );
  });

  it("my-data links: any fields and token", async () => {
    await fc.assert(
      fc.asyncProperty(form(["email"]), paramText, async (data, token) => {
        const result = await answer("requestMyDataLink", () => requestMyDataLink(visitor, data));
        expectKeys("requestMyDataLink", catalogues.en.myDataRequest.errors, [result.ok ? undefined : result.error]);
        await answer("openMyDataLink", () => openMyDataLink(visitor, token));
      }),
      runs(40),
    );
  });

  it("confirmation, preferences and unsubscribe: any token, locale, shown details and fields", async () => {
    await fc.assert(
      fc.asyncProperty(paramText, locales, form(["locale", "hearing"]), paramText, async (token, locale, data, shown) => {
        await verbOutcome("confirmSignature", () => confirmSignature(visitor, token, { source: `/${locale}/confirm`, shown }));
        await verbOutcome("resendConfirmation", () => resendConfirmation(visitor, token));
        // The preferences and unsubscribe actions are a context and a redirect around these verbs.
        await verbOutcome("savePreferences", () => savePreferences(visitor, token, data));
        await verbOutcome("unsubscribeSupporter", () => unsubscribeSupporter(visitor, token, "preferences-page"));
        await verbOutcome("unsubscribeSupporter", () => unsubscribeSupporter(visitor, token, "email-link"));
      }),
      runs(60),
    );
  });
});
