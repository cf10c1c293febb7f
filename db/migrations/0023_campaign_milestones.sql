CREATE TABLE "campaign_milestones" (
	"campaign_id" uuid NOT NULL,
	"percent" smallint NOT NULL,
	"signatures" integer NOT NULL,
	"reached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_milestones_campaign_id_percent_pk" PRIMARY KEY("campaign_id","percent")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "milestones" smallint[] DEFAULT '{25,50,75,100}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_milestones" ADD CONSTRAINT "campaign_milestones_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;