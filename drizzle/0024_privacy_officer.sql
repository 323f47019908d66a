ALTER TABLE "tenants" ADD COLUMN "privacy_officer_name" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "privacy_officer_email" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_privacy_officer" CHECK (("tenants"."privacy_officer_name" is null) = ("tenants"."privacy_officer_email" is null)
        and ("tenants"."privacy_officer_email" is null or "tenants"."privacy_officer_email" ~ '^[^@\s]+@[^@\s]+$'));