-- The staff directory role: owns portail_private.staff_display_names (0032), which gives visitors
-- and clients the public name of each team member of the current business, and nothing else about
-- them (no email, user id or role). NOLOGIN and not granted to the login role, so the app reaches
-- it only through that function. Idempotent like 0000 because roles are cluster-wide; it runs
-- before 0031 so its policies can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_staff_directory') THEN
    CREATE ROLE portail_staff_directory NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_staff_directory NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_staff_directory;
