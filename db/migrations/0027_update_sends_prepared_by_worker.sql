ALTER TABLE "update_sends" ALTER COLUMN "broadcast_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "update_sends" ALTER COLUMN "queued" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "update_sends" ADD COLUMN "audience" integer DEFAULT 0 NOT NULL;