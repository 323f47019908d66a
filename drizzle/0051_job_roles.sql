-- The job actors of issue 13's cron workflows, each with only what its job needs (grants in 0053).
-- Idempotent like 0000 because roles are cluster-wide; it runs before the generated migration so
-- its policies can name them. withTenant refuses them a tenant: each works for every business.
-- - portail_hold_release: the unpaid-hold sweep (cancels expired holds, audits and announces them);
--   it ran as the identity actor (to list the tenants) and then as each tenant's system actor;
-- - portail_identity_purge: the hourly purge of expired identity rows; it ran as the identity
--   actor, which serves sign-in and so no longer needs to delete codes or sessions.

DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['portail_hold_release', 'portail_identity_purge'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', role_name);
    END IF;
  END LOOP;
END
$$;--> statement-breakpoint
ALTER ROLE portail_hold_release NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_identity_purge NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT portail_hold_release, portail_identity_purge TO portail_app;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_hold_release, portail_identity_purge;
