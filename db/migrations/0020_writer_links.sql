CREATE TABLE "writer_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"supporter_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "writer_links" ADD CONSTRAINT "writer_links_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_links" ADD CONSTRAINT "writer_links_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "writer_links_supporter_idx" ON "writer_links" USING btree ("supporter_id");