ALTER TABLE "letter_actions" ADD COLUMN "salutation_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "salutation_fr" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "org_salutation_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "org_salutation_fr" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "org_template_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD COLUMN "org_template_fr" text DEFAULT '' NOT NULL;