-- The tenant statistics role: owns portail_private.tenant_counts (0021), which gives the operator
-- console how many members and clients each business has, and nothing else about them. NOLOGIN
-- and not granted to the login role, so the app reaches it only through that function. Idempotent
-- like 0000 because roles are cluster-wide; it runs before 0020 so its policies can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_tenant_stats') THEN
    CREATE ROLE portail_tenant_stats NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_tenant_stats NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_tenant_stats;
