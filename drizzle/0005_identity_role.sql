-- The identity service's actor role (dev adapter: sign-in codes, sessions, local mailbox).
-- Custom migration, idempotent like 0000 because roles are cluster-wide; it runs before the
-- tables of 0006 so their policies can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_identity') THEN
    CREATE ROLE portail_identity NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_identity NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT portail_identity TO portail_app;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_identity;
