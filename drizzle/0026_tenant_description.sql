ALTER TABLE "tenants" ADD COLUMN "description_fr" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_description_length" CHECK (coalesce(char_length("tenants"."description_fr"), 0) <= 2000 and coalesce(char_length("tenants"."description_en"), 0) <= 2000);