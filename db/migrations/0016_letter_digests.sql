ALTER TABLE "letter_actions" ADD COLUMN "digest_every" integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "digest_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
CREATE INDEX "letters_waiting_idx" ON "letters" USING btree ("target_key","created_at") WHERE "letters"."state" = 'queued';--> statement-breakpoint
ALTER TABLE "letter_actions" ADD CONSTRAINT "letter_actions_digest" CHECK ("letter_actions"."digest_every" between 1 and 1000 and "letter_actions"."digest_hours" between 1 and 720);