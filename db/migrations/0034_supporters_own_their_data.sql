CREATE TYPE "public"."data_request_kind" AS ENUM('export', 'erasure');--> statement-breakpoint
CREATE TYPE "public"."data_requester" AS ENUM('supporter', 'organiser');--> statement-breakpoint
CREATE TABLE "data_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" "data_request_kind" NOT NULL,
	"requested_by" "data_requester" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forgotten_subjects" (
	"subject_hash" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "my_data_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"supporter_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consent_records" DROP CONSTRAINT "consent_records_supporter_id_supporters_id_fk";
--> statement-breakpoint
ALTER TABLE "letters" DROP CONSTRAINT "letters_supporter_id_supporters_id_fk";
--> statement-breakpoint
ALTER TABLE "signatures" DROP CONSTRAINT "signatures_supporter_id_supporters_id_fk";
--> statement-breakpoint
ALTER TABLE "consent_records" ALTER COLUMN "supporter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "letters" ALTER COLUMN "supporter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ALTER COLUMN "supporter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "signer_retention_months" smallint;--> statement-breakpoint
ALTER TABLE "consent_records" ADD COLUMN "subject_hash" text;--> statement-breakpoint
ALTER TABLE "my_data_links" ADD CONSTRAINT "my_data_links_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_requests_created_idx" ON "data_requests" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "my_data_links_supporter_idx" ON "my_data_links" USING btree ("supporter_id");--> statement-breakpoint
CREATE INDEX "my_data_links_expires_idx" ON "my_data_links" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_signer_retention_months" CHECK ("campaigns"."signer_retention_months" IS NULL OR "campaigns"."signer_retention_months" between 1 and 120);--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_has_subject" CHECK ("consent_records"."supporter_id" IS NOT NULL OR "consent_records"."subject_hash" IS NOT NULL);--> statement-breakpoint
-- Consent records stay append-only, with one exception: forgetting a supporter detaches their
-- records from them. The supporter id and the IP hash go, the keyed hash of their address takes
-- their place (the CASL proof survives under it), and nothing else about the record may change.
CREATE OR REPLACE FUNCTION consent_records_reject_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.supporter_id IS NOT NULL AND NEW.supporter_id IS NULL
     AND OLD.subject_hash IS NULL AND NEW.subject_hash IS NOT NULL AND NEW.ip_hash IS NULL
     AND (NEW.id, NEW.purpose, NEW.action, NEW.consent_text_id, NEW.text_hash, NEW.campaign_id, NEW.locale, NEW.source, NEW.created_at)
         IS NOT DISTINCT FROM (OLD.id, OLD.purpose, OLD.action, OLD.consent_text_id, OLD.text_hash, OLD.campaign_id, OLD.locale, OLD.source, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'consent_records is append-only: record a withdrawal instead of changing row %', OLD.id
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
-- Campaigns closed before closed_at existed: their last change is the best known closing time.
UPDATE "campaigns" SET "closed_at" = "updated_at" WHERE "status" IN ('closed', 'archived') AND "closed_at" IS NULL;
