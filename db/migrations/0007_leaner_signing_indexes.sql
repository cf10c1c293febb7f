DROP INDEX "signatures_canonical_email_created_idx";--> statement-breakpoint
DROP INDEX "supporters_subscription_status_idx";--> statement-breakpoint
CREATE INDEX "supporters_subscribed_idx" ON "supporters" USING btree ("id") WHERE "supporters"."subscription_status" = 'subscribed';