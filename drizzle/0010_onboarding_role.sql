-- The onboarding role: owns portail_private.create_tenant, the one way a business comes into
-- existence outside the owner's own seed. NOLOGIN and not granted to the login role, so the app can
-- only reach it through that function. Idempotent like 0000 because roles are cluster-wide; it runs
-- before the tables of 0011 so their policies can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_onboarding') THEN
    CREATE ROLE portail_onboarding NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_onboarding NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_onboarding;
