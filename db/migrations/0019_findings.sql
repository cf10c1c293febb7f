CREATE TYPE "public"."finding_kind" AS ENUM('statement', 'finding', 'order', 'court-decision', 'other');--> statement-breakpoint
CREATE TABLE "finding_sources" (
	"finding_id" text NOT NULL,
	"position" integer NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"date" text,
	"tier" smallint NOT NULL,
	CONSTRAINT "finding_sources_finding_id_position_pk" PRIMARY KEY("finding_id","position"),
	CONSTRAINT "finding_sources_tier" CHECK ("finding_sources"."tier" between 1 and 3),
	CONSTRAINT "finding_sources_url" CHECK ("finding_sources"."url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" text PRIMARY KEY NOT NULL,
	"date" text NOT NULL,
	"sort_date" date NOT NULL,
	"kind" "finding_kind" NOT NULL,
	"binding" boolean NOT NULL,
	"incomplete" boolean DEFAULT false NOT NULL,
	"jurisdictions" text[] NOT NULL,
	"issuers" text[] NOT NULL,
	"file_numbers" text[] NOT NULL,
	"tags" text[] NOT NULL,
	"actors" text[] NOT NULL,
	"related" text[] NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"summary_en" text NOT NULL,
	"summary_fr" text,
	"importance" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_id_shape" CHECK ("findings"."id" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?--[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "findings_importance" CHECK ("findings"."importance" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "finding_sources" ADD CONSTRAINT "finding_sources_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "findings_timeline_idx" ON "findings" USING btree ("sort_date","id");--> statement-breakpoint
CREATE INDEX "findings_kind_timeline_idx" ON "findings" USING btree ("kind","sort_date","id");--> statement-breakpoint
CREATE INDEX "findings_jurisdictions_idx" ON "findings" USING gin ("jurisdictions");--> statement-breakpoint
CREATE INDEX "findings_tags_idx" ON "findings" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "findings_related_idx" ON "findings" USING gin ("related");