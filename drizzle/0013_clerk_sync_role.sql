-- The Clerk sync role: owns the portail_private.clerk_* functions that mirror Clerk's users,
-- organizations and memberships (0015). NOLOGIN and not granted to the login role, so the app
-- reaches it only through those functions. Idempotent like 0000 because roles are cluster-wide;
-- it runs before the tables of 0014 so their policies can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_clerk_sync') THEN
    CREATE ROLE portail_clerk_sync NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_clerk_sync NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_clerk_sync;
