CREATE TABLE "campaign_findings" (
	"campaign_id" uuid NOT NULL,
	"finding_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaign_findings_campaign_id_finding_id_pk" PRIMARY KEY("campaign_id","finding_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_findings" ADD CONSTRAINT "campaign_findings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_findings" ADD CONSTRAINT "campaign_findings_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_findings_finding_idx" ON "campaign_findings" USING btree ("finding_id");