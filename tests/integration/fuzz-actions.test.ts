import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { signAction } from "@/app/[locale]/campaigns/[slug]/actions";
import { writeLettersAction } from "@/app/[locale]/campaigns/[slug]/write/actions";
import { openWriterLinkAction, requestWriterLinkAction } from "@/app/[locale]/campaigns/[slug]/write/link-actions";
import { confirmAction, resendAction } from "@/app/[locale]/confirm/[token]/actions";
import { visitorContext } from "@/server/context";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { signingTarget } from "@/server/signatures/open-campaign";
import { savePreferences } from "@/server/subscribers/save-preferences";
import { catalogues } from "../support/catalogues";
import { anyValue, dropQueuedWork, formData, nastyText, paramText, runs, spoiled } from "./support/fuzz";
import { letterCampaign } from "./support/letter-campaign";
import { prepareLetters } from "./support/letters-env";
import { asVisitor } from "./support/visitor";

/*
 * Every public server action, called as a visitor's post reaches it, with arbitrary fields: it
 * returns a state whose error keys are messages of its form's namespace, or ends in Next's
 * redirect or not-found. Anything else it throws is a 500 page for that visitor.
 */

const DEMO = "moratorium-police-facial-recognition";
let letters = { slug: "", cookies: {} as Record<string, string> };
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

/** Next's own ways out of an action: redirect() and notFound() throw errors carrying these digests. */
const isNextExit = (error: unknown) => /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK;404)/.test(String((error as { digest?: unknown })?.digest ?? ""));

async function outcome<T>(what: string, work: () => Promise<T>, cookies?: Record<string, string>): Promise<T | "exit"> {
  try {
    return await asVisitor(work, { cookies });
  } catch (error) {
    if (isNextExit(error)) return "exit";
    throw new Error(`${what} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

function expectKeys(what: string, namespace: Record<string, unknown>, keys: (string | undefined)[]) {
  const unknown = keys.filter((key): key is string => key !== undefined && typeof namespace[key] !== "string");
  if (unknown.length > 0) throw new Error(`${what}: error keys without a message: ${JSON.stringify(unknown)}`);
}

const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value) ?? "");
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
        const state = await outcome("signAction", () => signAction(slug, locale, {}, data));
        if (state !== "exit") expectKeys("signAction", catalogues.en.Sign.errors, Object.values(state.errors ?? {}));
      }),
      runs(80),
    );
  });

  it("sign form: a valid signature with any field spoiled", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constant(null).chain(() => spoiled(validSignature())), fc.constantFrom("en", "fr"), async (fields, locale) => {
        const state = await outcome("signAction", () => signAction(DEMO, locale, {}, formData(fields)));
        if (state !== "exit") expectKeys("signAction", catalogues.en.Sign.errors, Object.values(state.errors ?? {}));
      }),
      runs(60),
    );
  });

  it("letter composer: a proven writer's valid letter with any field spoiled", async () => {
    await fc.assert(
      fc.asyncProperty(spoiled(validLetter), fc.constantFrom("send", "preview"), async (fields, step) => {
        const state = await outcome("writeLettersAction", () => writeLettersAction(letters.slug, "en", { step: "compose" }, formData({ ...fields, step: fields.step === validLetter.step ? step : fields.step })), letters.cookies);
        if (state !== "exit") expectKeys("writeLettersAction", catalogues.en.Write.errors, [state.error?.key]);
      }),
      runs(40),
    );
  });

  it("letter composer: any fields, with and without a proven writer", async () => {
    const fields = ["step", "riding", "otherRiding", "provincialRiding", "subject", "body", "orgBody", "postalCode", "target", "targets"];
    await fc.assert(
      fc.asyncProperty(slugs, locales, form(fields), fc.boolean(), async (slug, locale, data, proven) => {
        const cookies = proven ? letters.cookies : undefined;
        const state = await outcome("writeLettersAction", () => writeLettersAction(pick(slug), locale, { step: "compose" }, data), cookies);
        if (state !== "exit") expectKeys("writeLettersAction", catalogues.en.Write.errors, [state.error?.key]);
      }),
      runs(60),
    );
  });

  it("writer links: any email and token", async () => {
    await fc.assert(
      fc.asyncProperty(slugs, locales, form(["email"]), paramText, async (slug, locale, data, token) => {
        const state = await outcome("requestWriterLinkAction", () => requestWriterLinkAction(pick(slug), locale, {}, data));
        if (state !== "exit") expectKeys("requestWriterLinkAction", catalogues.en.Write.errors, [state.error]);
        await outcome("openWriterLinkAction", () => openWriterLinkAction(slug, locale, token));
      }),
      runs(40),
    );
  });

  it("confirmation, preferences and unsubscribe: any token, locale, shown details and fields", async () => {
    await fc.assert(
      fc.asyncProperty(paramText, locales, form(["locale", "hearing"]), paramText, async (token, locale, data, shown) => {
        await outcome("confirmAction", () => confirmAction(token, locale, shown));
        await outcome("resendAction", () => resendAction(token, locale));
        // The preferences and unsubscribe actions are a context and a redirect around these verbs.
        await outcome("savePreferences", () => savePreferences(visitorContext("fuzz"), token, data));
        await outcome("unsubscribeSupporter", () => unsubscribeSupporter(visitorContext("fuzz"), token, "preferences-page"));
        await outcome("unsubscribeSupporter", () => unsubscribeSupporter(visitorContext("fuzz"), token, "email-link"));
      }),
      runs(60),
    );
  });
});
