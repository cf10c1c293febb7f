CREATE TABLE "signature_invalidations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"condition" jsonb NOT NULL,
	"mark" text NOT NULL,
	"reason" text NOT NULL,
	"actor_email" text NOT NULL,
	"changed" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text,
	"undo_reason" text,
	CONSTRAINT "signature_invalidations_mark" CHECK ("signature_invalidations"."mark" in ('invalidated', 'fraudulent'))
);
--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "invalidation_id" uuid;--> statement-breakpoint
CREATE INDEX "signature_invalidations_campaign_created_idx" ON "signature_invalidations" USING btree ("campaign_id","created_at");--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_invalidation_id_signature_invalidations_id_fk" FOREIGN KEY ("invalidation_id") REFERENCES "public"."signature_invalidations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signatures_invalidation_idx" ON "signatures" USING btree ("invalidation_id");