CREATE TYPE "public"."email_category" AS ENUM('transactional', 'bulk', 'letter');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sending', 'sent', 'delivered', 'failed', 'suppressed', 'bounced', 'complained');--> statement-breakpoint
CREATE TYPE "public"."email_transport" AS ENUM('resend', 'outbox');--> statement-breakpoint
CREATE TYPE "public"."suppression_reason" AS ENUM('bounced', 'complained', 'unsubscribed', 'manual');--> statement-breakpoint
CREATE TABLE "email_broadcasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"rendered" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"category" "email_category" NOT NULL,
	"template" text,
	"props" jsonb,
	"broadcast_id" uuid,
	"locale" "locale" DEFAULT 'en' NOT NULL,
	"to_address" text NOT NULL,
	"to_name" text,
	"canonical_to" text NOT NULL,
	"from_name" text,
	"reply_to" text,
	"supporter_id" uuid,
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"transport" "email_transport",
	"provider_id" text,
	"batch_key" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"subject" text,
	"html" text,
	"text_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_messages_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "email_messages_template_or_broadcast" CHECK ("email_messages"."template" IS NOT NULL OR "email_messages"."broadcast_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"address" text PRIMARY KEY NOT NULL,
	"reason" "suppression_reason" NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_send_slots" (
	"name" text PRIMARY KEY NOT NULL,
	"next_slot_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_broadcast_id_email_broadcasts_id_fk" FOREIGN KEY ("broadcast_id") REFERENCES "public"."email_broadcasts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_messages_status_created_idx" ON "email_messages" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "email_messages_provider_id_idx" ON "email_messages" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "email_messages_broadcast_status_idx" ON "email_messages" USING btree ("broadcast_id","status");--> statement-breakpoint
CREATE INDEX "email_messages_supporter_idx" ON "email_messages" USING btree ("supporter_id");