-- The hold sweeper role: owns portail_private.tenants_with_expired_holds (see the security
-- migration after the policies), which tells the background job which businesses hold unpaid
-- booking holds past their time, and nothing else about them. NOLOGIN and not granted to the
-- login role, so the app reaches it only through that function. Idempotent like 0000 because
-- roles are cluster-wide; it runs before the generated migration so its policy can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_hold_sweeper') THEN
    CREATE ROLE portail_hold_sweeper NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_hold_sweeper NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_hold_sweeper;
