DROP INDEX "signatures_campaign_state_created_idx";--> statement-breakpoint
CREATE INDEX "signatures_campaign_created_idx" ON "signatures" USING btree ("campaign_id","created_at","id");