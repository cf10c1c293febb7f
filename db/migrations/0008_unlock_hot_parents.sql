ALTER TABLE "consent_records" DROP CONSTRAINT "consent_records_consent_text_id_consent_texts_id_fk";
--> statement-breakpoint
ALTER TABLE "consent_records" DROP CONSTRAINT "consent_records_campaign_id_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "signatures" DROP CONSTRAINT "signatures_campaign_id_campaigns_id_fk";
