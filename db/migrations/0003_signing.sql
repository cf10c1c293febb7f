CREATE TABLE "rate_limit_hits" (
	"bucket" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_hits_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
--> statement-breakpoint
CREATE TABLE "signature_tallies" (
	"campaign_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"shard" smallint NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "signature_tallies_campaign_id_scope_key_shard_pk" PRIMARY KEY("campaign_id","scope","key","shard"),
	CONSTRAINT "signature_tallies_scope" CHECK ("signature_tallies"."scope" in ('total', 'province', 'riding'))
);
--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "confirmation_sends" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "source" text DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "signature_tallies" ADD CONSTRAINT "signature_tallies_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limit_hits_window_idx" ON "rate_limit_hits" USING btree ("window_start");