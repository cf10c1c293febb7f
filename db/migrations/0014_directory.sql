CREATE TYPE "public"."riding_level" AS ENUM('federal', 'provincial');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('privacy_commissioner', 'company', 'other');--> statement-breakpoint
CREATE TABLE "fixed_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"email" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"kind" "target_kind" NOT NULL,
	"confidence" text,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"disabled_at" timestamp with time zone,
	"email_disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fixed_targets_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "postal_areas" (
	"code" text NOT NULL,
	"riding_id" text NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	CONSTRAINT "postal_areas_code_riding_id_pk" PRIMARY KEY("code","riding_id"),
	CONSTRAINT "postal_areas_code_shape" CHECK ("postal_areas"."code" ~ '^[A-Z][0-9][A-Z]([0-9][A-Z][0-9])?$'),
	CONSTRAINT "postal_areas_weight" CHECK ("postal_areas"."weight" > 0 and "postal_areas"."weight" <= 1)
);
--> statement-breakpoint
CREATE TABLE "representatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"riding_id" text NOT NULL,
	"office" text NOT NULL,
	"name" text NOT NULL,
	"party" text,
	"email" text,
	"photo_url" text,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"disabled_at" timestamp with time zone,
	"email_disabled_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "representatives_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "ridings" (
	"id" text PRIMARY KEY NOT NULL,
	"level" "riding_level" NOT NULL,
	"province" text NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"valid_from" date,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "postal_areas" ADD CONSTRAINT "postal_areas_riding_id_ridings_id_fk" FOREIGN KEY ("riding_id") REFERENCES "public"."ridings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_riding_id_ridings_id_fk" FOREIGN KEY ("riding_id") REFERENCES "public"."ridings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "representatives_riding_idx" ON "representatives" USING btree ("riding_id");--> statement-breakpoint
CREATE INDEX "ridings_level_province_idx" ON "ridings" USING btree ("level","province");--> statement-breakpoint
CREATE INDEX "ridings_code_idx" ON "ridings" USING btree ("code");