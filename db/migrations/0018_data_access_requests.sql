CREATE TYPE "public"."letter_kind" AS ENUM('representatives', 'data_access');--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "kind" "letter_kind" DEFAULT 'representatives' NOT NULL;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "answer_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "letters_answer_due_idx" ON "letters" USING btree ("answer_due_at") WHERE "letters"."reminded_at" is null;