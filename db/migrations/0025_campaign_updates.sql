CREATE TYPE "public"."update_status" AS ENUM('draft', 'scheduled', 'published');--> statement-breakpoint
CREATE TABLE "campaign_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"status" "update_status" DEFAULT 'draft' NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"body_en" text NOT NULL,
	"body_fr" text NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"visible_from" timestamp with time zone GENERATED ALWAYS AS (case "campaign_updates"."status" when 'published' then "campaign_updates"."published_at" when 'scheduled' then "campaign_updates"."publish_at" end) STORED,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_updates_scheduled_has_time" CHECK ("campaign_updates"."status" <> 'scheduled' OR "campaign_updates"."publish_at" IS NOT NULL),
	CONSTRAINT "campaign_updates_published_has_time" CHECK ("campaign_updates"."status" <> 'published' OR "campaign_updates"."published_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "update_citations" (
	"update_id" uuid NOT NULL,
	"finding_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "update_citations_update_id_position_pk" PRIMARY KEY("update_id","position"),
	CONSTRAINT "update_citations_once" UNIQUE("update_id","finding_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_citations" ADD CONSTRAINT "update_citations_update_id_campaign_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."campaign_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_citations" ADD CONSTRAINT "update_citations_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_updates_visible_idx" ON "campaign_updates" USING btree ("visible_from","id");--> statement-breakpoint
CREATE INDEX "campaign_updates_campaign_idx" ON "campaign_updates" USING btree ("campaign_id","visible_from","id");--> statement-breakpoint
CREATE INDEX "update_citations_finding_idx" ON "update_citations" USING btree ("finding_id");