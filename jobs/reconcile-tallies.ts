import { reconcileTallies } from "@/server/signatures/reconcile-tallies";
import { defineJob } from "./define-job";

/** Hourly recount of confirmed signatures; logs any drift it repairs. */
export const reconcileTalliesJob = defineJob({
  queue: "signatures.reconcile-tallies",
  async handle() {
    const corrections = await reconcileTallies();
    if (corrections.length > 0) console.warn(`signature tallies drifted; repaired: ${JSON.stringify(corrections)}`);
  },
});
