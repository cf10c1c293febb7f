import { reconcileTallies } from "@/server/signatures/reconcile-tallies";
import { defineJob } from "./define-job";
import { log } from "@/lib/log/logger.mjs";

/** Hourly recount of confirmed signatures; logs any drift it repairs. */
export const reconcileTalliesJob = defineJob({
  queue: "signatures.reconcile-tallies",
  async handle(_data, { context }) {
    const corrections = await reconcileTallies(context);
    if (corrections.length > 0) log.warn(`signature tallies drifted; repaired: ${JSON.stringify(corrections)}`);
  },
});
