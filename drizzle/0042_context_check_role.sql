-- The context check role: owns portail_private.check_actor_context (see the security migration
-- after the policies), which withTenant runs right after it sets a staff or client context, and
-- which fails the transaction unless the context's user is a member of the context's tenant
-- (staff) or owns the context's client row (client). NOLOGIN and not granted to the login role, so
-- the app reaches it only through that function. Idempotent like 0000 because roles are
-- cluster-wide; it runs before the generated migration so its policies can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_context_check') THEN
    CREATE ROLE portail_context_check NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_context_check NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_context_check;
