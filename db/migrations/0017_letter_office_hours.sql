ALTER TABLE "letter_actions" ADD COLUMN "office_hours_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "target_region" text;