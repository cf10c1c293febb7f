ALTER TABLE "signatures" ADD COLUMN "petition_consent_id" uuid;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "updates_consent_id" uuid;--> statement-breakpoint
-- Signatures still pending keep the wording their signing recorded, so that confirming them
-- records the same wording (now at the click, with the confirming request's IP hash).
UPDATE "signatures" SET
  "petition_consent_id" = (SELECT "consent_text_id" FROM "consent_records" c WHERE c."supporter_id" = "signatures"."supporter_id"
    AND c."campaign_id" = "signatures"."campaign_id" AND c."purpose" = 'petition' AND c."action" = 'granted' ORDER BY c."created_at" DESC LIMIT 1),
  "updates_consent_id" = (SELECT "consent_text_id" FROM "consent_records" c WHERE c."supporter_id" = "signatures"."supporter_id"
    AND c."campaign_id" = "signatures"."campaign_id" AND c."purpose" = 'updates' AND c."action" = 'granted' ORDER BY c."created_at" DESC LIMIT 1)
WHERE "state" = 'pending';
