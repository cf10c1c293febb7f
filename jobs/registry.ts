import type { AnyJob } from "./define-job";
import { applyRetentionJob } from "./apply-retention";
import { checkMilestonesJob } from "./check-milestones";
import { prepareUpdateSend } from "./updates/prepare-update-send";
import { deliverLetter } from "./letters/deliver-letter";
import { remindAccessRequests } from "./letters/remind-access-requests";
import { sendLetterDigest } from "./letters/send-digest";
import { sendEmail } from "./mail/send-email";
import { sendEmailBatch } from "./mail/send-email-batch";
import { purgeExpiredAuth } from "./purge-expired-auth";
import { reconcileTalliesJob } from "./reconcile-tallies";

/** Every job the worker runs, one per queue. A queue with no job here is never consumed. */
export const jobs = [sendEmail, sendEmailBatch, deliverLetter, sendLetterDigest, remindAccessRequests, purgeExpiredAuth, reconcileTalliesJob, checkMilestonesJob, prepareUpdateSend, applyRetentionJob] satisfies AnyJob[];
