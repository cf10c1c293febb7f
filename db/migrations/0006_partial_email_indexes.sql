DROP INDEX "email_messages_provider_id_idx";--> statement-breakpoint
DROP INDEX "email_messages_broadcast_status_idx";--> statement-breakpoint
CREATE INDEX "email_messages_provider_id_idx" ON "email_messages" USING btree ("provider_id") WHERE "email_messages"."provider_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "email_messages_broadcast_status_idx" ON "email_messages" USING btree ("broadcast_id","status") WHERE "email_messages"."broadcast_id" IS NOT NULL;