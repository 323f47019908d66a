ALTER TABLE "tenants" ADD COLUMN "logo_key" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "logo_content_type" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "logo_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_logo" CHECK (("tenants"."logo_key" is null) = ("tenants"."logo_content_type" is null)
        and ("tenants"."logo_content_type" is null or "tenants"."logo_content_type" in ('image/png', 'image/jpeg', 'image/webp'))
        and "tenants"."logo_version" >= 0);