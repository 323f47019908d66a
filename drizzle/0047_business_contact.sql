ALTER TABLE "tenants" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "contact_address" jsonb;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_contact" CHECK (("tenants"."contact_phone" is null or "tenants"."contact_phone" ~ '^\+[1-9][0-9]{7,14}$')
        and ("tenants"."contact_address" is null or jsonb_typeof("tenants"."contact_address") = 'object'));--> statement-breakpoint
-- The business's phone and address are public (its portal's home page shows them, to visitors of
-- that portal only: the tenants policies); staff with the settings permission change them (core
-- checks the permission, the grant is per role). Other roles keep the grants they had.
GRANT SELECT (contact_phone, contact_address) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT UPDATE (contact_phone, contact_address) ON tenants TO portail_staff;
