CREATE TABLE "campaign_mutes" (
	"supporter_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_mutes_supporter_id_campaign_id_pk" PRIMARY KEY("supporter_id","campaign_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_mutes" ADD CONSTRAINT "campaign_mutes_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_mutes" ADD CONSTRAINT "campaign_mutes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;