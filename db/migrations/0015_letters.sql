CREATE TYPE "public"."letter_delivery" AS ENUM('each', 'digest');--> statement-breakpoint
CREATE TYPE "public"."letter_state" AS ENUM('queued', 'handed_over');--> statement-breakpoint
CREATE TABLE "letter_actions" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"to_mp" boolean DEFAULT true NOT NULL,
	"fixed_target_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"subjects_en" text NOT NULL,
	"subjects_fr" text NOT NULL,
	"template_en" text NOT NULL,
	"template_fr" text NOT NULL,
	"editable" boolean DEFAULT true NOT NULL,
	"delivery" "letter_delivery" DEFAULT 'each' NOT NULL,
	"max_per_hour_per_target" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_actions_max_per_hour" CHECK ("letter_actions"."max_per_hour_per_target" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	"target_key" text NOT NULL,
	"representative_id" uuid,
	"fixed_target_id" uuid,
	"to_name" text NOT NULL,
	"to_address" text NOT NULL,
	"riding_code" text,
	"riding_name" text,
	"postal_code" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"personalised" boolean NOT NULL,
	"locale" "locale" NOT NULL,
	"state" "letter_state" DEFAULT 'queued' NOT NULL,
	"email_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handed_over_at" timestamp with time zone,
	CONSTRAINT "letters_one_per_target" UNIQUE("campaign_id","supporter_id","target_key")
);
--> statement-breakpoint
ALTER TABLE "letter_actions" ADD CONSTRAINT "letter_actions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_representative_id_representatives_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."representatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_fixed_target_id_fixed_targets_id_fk" FOREIGN KEY ("fixed_target_id") REFERENCES "public"."fixed_targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_email_message_id_email_messages_id_fk" FOREIGN KEY ("email_message_id") REFERENCES "public"."email_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letters_campaign_target_idx" ON "letters" USING btree ("campaign_id","target_key");--> statement-breakpoint
CREATE INDEX "letters_target_handed_over_idx" ON "letters" USING btree ("target_key","handed_over_at");