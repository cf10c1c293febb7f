import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The serious and critical rules axe finds broken on the page, one line each ("rule: help (n nodes)"). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Next streams metadata after the first bytes: wait for the <title> before judging the page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  return serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}

/** Fails with the list of rules broken when axe finds any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}
