import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

/*
 * Drives a panel form as an organiser would fill it in: every visible field typed, ticked, chosen,
 * so that a test can then check that a refused save showed every one of them back as it was.
 */

export type Typed = Record<string, string | boolean>;

const catalogue = (locale: "en" | "fr") => JSON.parse(readFileSync(path.resolve("messages", `${locale}.json`), "utf8")) as unknown;

/** A message of a catalogue by its dotted path ("Admin.Campaigns.errors.slugInvalid"). */
export function message(locale: "en" | "fr", key: string): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue(locale));
  if (typeof found !== "string") throw new Error(`no message ${key}`);
  return found;
}

/** The form that holds the field with this id. */
export function formOf(page: Page, fieldId: string): Locator {
  return page.locator(`form:has(#${fieldId})`);
}

/**
 * Fills every visible field of the form: texts with a value of their own (or the one given for
 * that name), boxes flipped from what they showed, radios and selects moved to their last choice.
 * Returns what each field holds afterwards, keyed by name (and value for boxes and radios).
 */
export async function fillEverything(form: Locator, given: Record<string, string>): Promise<Typed> {
  const fields = form.locator("input:not([type=hidden]):not([type=submit]):not([readonly]):not([disabled]), textarea:not([readonly]), select");
  // What each field is, read in one round trip rather than two per field (the panel-forms spec took
  // a fifth longer that way). Visible as Playwright means it: a box with a size, shown.
  const described = await fields.evaluateAll((elements: HTMLInputElement[]) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
      const options = element instanceof HTMLSelectElement ? Array.from(element.options).map((option) => option.value) : [];
      return { visible, tag: element.tagName.toLowerCase(), type: element.type, name: element.name, checked: element.checked, options };
    }),
  );
  const radiosDone = new Set<string>();
  for (const [index, { visible, tag, type, name, checked, options }] of described.entries()) {
    if (!visible || !name) continue;
    const field = fields.nth(index);
    if (type === "checkbox") {
      // A box named in `given` is left as given ("" unticked); the others are flipped.
      await field.setChecked(name in given ? given[name] !== "" : !checked);
    } else if (type === "radio") {
      if (radiosDone.has(name)) continue;
      radiosDone.add(name);
      await form.locator(`input[type=radio][name="${name}"]`).last().check();
    } else if (tag === "select") {
      await field.selectOption(given[name] ?? options[options.length - 1] ?? "");
    } else {
      await field.fill(given[name] ?? defaultFor(type, name));
    }
  }
  return readEverything(form);
}

/** A value a person might type into a field of that type, distinct for each name. */
function defaultFor(type: string, name: string): string {
  if (type === "number") return "7";
  if (type === "email") return `${name.toLowerCase()}@example.org`;
  if (type === "url") return `https://example.org/${name}`;
  if (type === "datetime-local") return "2027-03-04T05:06";
  if (type === "date") return "2026-11-03";
  return `Typed ${name}, l’été «${name}»\nsecond line`.slice(0, type === "textarea" ? undefined : 40).replace("\n", type === "textarea" ? "\n" : " ");
}

/** What every field of the form holds, as the browser shows it. */
export async function readEverything(form: Locator): Promise<Typed> {
  return form.evaluate((element: HTMLFormElement) => {
    const typed: Record<string, string | boolean> = {};
    for (const field of Array.from(element.elements) as HTMLInputElement[]) {
      if (!field.name || field.type === "hidden" || field.type === "submit" || field.name.startsWith("$ACTION")) continue;
      if (field.type === "checkbox" || field.type === "radio") typed[`${field.name}=${field.value}`] = field.checked;
      else typed[field.name] = field.value;
    }
    return typed;
  });
}

/** The field is marked in error, described by its message beside it, and the summary at the top links to it. */
export async function expectMarked(page: Page, fieldId: string, text: string): Promise<void> {
  const field = page.locator(`#${fieldId}`);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escape(text)));
  await expect(page.locator(`#${fieldId}-error`)).toHaveText(text);
  const summary = page.locator(".error-summary[role=alert]");
  await expect(summary).toBeVisible();
  await expect(summary.locator(`a[href="#${fieldId}"]`)).toContainText(text);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
