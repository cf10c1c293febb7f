CREATE TYPE "public"."user_role" AS ENUM('admin', 'organiser', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'live', 'closed', 'archived');--> statement-breakpoint
CREATE TYPE "public"."consent_action" AS ENUM('granted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."consent_purpose" AS ENUM('petition', 'updates', 'letter');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('en', 'fr');--> statement-breakpoint
CREATE TYPE "public"."signature_state" AS ENUM('pending', 'confirmed', 'invalidated', 'fraudulent');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('none', 'pending', 'subscribed', 'unsubscribed', 'bounced', 'complained');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"role" "user_role" DEFAULT 'viewer' NOT NULL,
	"invited_by" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text NOT NULL,
	"summary_en" text NOT NULL,
	"summary_fr" text NOT NULL,
	"body_en" text NOT NULL,
	"body_fr" text NOT NULL,
	"demand_en" text NOT NULL,
	"demand_fr" text NOT NULL,
	"target_en" text NOT NULL,
	"target_fr" text NOT NULL,
	"goal" integer DEFAULT 1000 NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"petition_enabled" boolean DEFAULT true NOT NULL,
	"letters_enabled" boolean DEFAULT false NOT NULL,
	"access_requests_enabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug"),
	CONSTRAINT "campaigns_slug_format" CHECK ("campaigns"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "campaigns_goal_positive" CHECK ("campaigns"."goal" > 0),
	CONSTRAINT "campaigns_closes_after_opens" CHECK ("campaigns"."closes_at" IS NULL OR "campaigns"."opens_at" IS NULL OR "campaigns"."closes_at" > "campaigns"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"supporter_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"action" "consent_action" NOT NULL,
	"consent_text_id" uuid,
	"text_hash" text,
	"campaign_id" uuid,
	"locale" text NOT NULL,
	"source" text NOT NULL,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_records_grant_has_text" CHECK ("consent_records"."action" = 'withdrawn' OR "consent_records"."consent_text_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "consent_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid,
	"purpose" "consent_purpose" NOT NULL,
	"version" integer NOT NULL,
	"text_en" text NOT NULL,
	"text_fr" text NOT NULL,
	"text_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_texts_campaign_purpose_version_key" UNIQUE NULLS NOT DISTINCT("campaign_id","purpose","version"),
	CONSTRAINT "consent_texts_version_positive" CHECK ("consent_texts"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "organisation_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"mailing_address" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_url" text,
	"from_address" text,
	"reply_to" text,
	"default_locale" "locale" DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_settings_singleton" CHECK ("organisation_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	"state" "signature_state" DEFAULT 'pending' NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"postal_code" text,
	"country" char(2) DEFAULT 'CA' NOT NULL,
	"province" char(2),
	"riding_code" text,
	"locale" "locale" DEFAULT 'en' NOT NULL,
	"confirm_token_hash" text,
	"confirm_token_expires_at" timestamp with time zone,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"invalidated_at" timestamp with time zone,
	CONSTRAINT "signatures_campaign_canonical_email_key" UNIQUE("campaign_id","canonical_email"),
	CONSTRAINT "signatures_confirmed_has_time" CHECK ("signatures"."state" <> 'confirmed' OR "signatures"."confirmed_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "supporters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"canonical_email" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"locale" "locale" DEFAULT 'en' NOT NULL,
	"subscription_status" "subscription_status" DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supporters_canonical_email_unique" UNIQUE("canonical_email")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_consent_text_id_consent_texts_id_fk" FOREIGN KEY ("consent_text_id") REFERENCES "public"."consent_texts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_texts" ADD CONSTRAINT "consent_texts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires");--> statement-breakpoint
CREATE INDEX "verification_tokens_expires_idx" ON "verification_tokens" USING btree ("expires");--> statement-breakpoint
CREATE INDEX "campaigns_status_created_idx" ON "campaigns" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "consent_records_supporter_idx" ON "consent_records" USING btree ("supporter_id","created_at");--> statement-breakpoint
CREATE INDEX "signatures_confirm_token_hash_idx" ON "signatures" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "signatures_campaign_state_created_idx" ON "signatures" USING btree ("campaign_id","state","created_at");--> statement-breakpoint
CREATE INDEX "signatures_supporter_idx" ON "signatures" USING btree ("supporter_id");--> statement-breakpoint
CREATE INDEX "supporters_subscription_status_idx" ON "supporters" USING btree ("subscription_status");