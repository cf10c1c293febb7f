import { checkMilestones } from "@/server/campaigns/check-milestones";
import { defineJob } from "./define-job";
import { log } from "@/lib/log/logger.mjs";

/** Every minute: campaigns that passed a share of their goal, told to their organisers once. */
export const checkMilestonesJob = defineJob({
  queue: "campaigns.milestones",
  async handle(_data, { context }) {
    const reached = await checkMilestones(context);
    for (const milestone of reached) log.info(`campaign ${milestone.slug} passed ${milestone.percent}% of its goal (${milestone.signatures}/${milestone.goal})`);
  },
});
