-- Foundation security: ownership, forced RLS, grants per actor role, cross-tenant entry points.
-- Policies themselves sit beside their tables in packages/db/src/schema and were generated into
-- 0001. Here: what drizzle-kit cannot generate. Policies decide which rows an actor reaches;
-- these grants decide which commands and columns.

-- Tables belong to the owner role, never to the login role or a superuser.
ALTER TABLE tenants OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE users OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE memberships OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE clients OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE audit_log OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE tenant_counters OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE event_outbox OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE locale OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE tenant_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE membership_role OWNER TO portail_owner;--> statement-breakpoint

-- FORCE: the owner is subject to the policies too (it has none, so it reads nothing).
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE clients FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE tenant_counters FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE event_outbox FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- The login role may look names up in public and nothing more, so a query that forgot withTenant
-- fails with "permission denied for table …" rather than a misleading "relation does not exist".
GRANT USAGE ON SCHEMA public TO portail_app;--> statement-breakpoint

-- tenants: the public face for visitors and clients; profile for staff; status for operators.
GRANT SELECT (id, slug, name, trade, status, time_zone, default_locale, branding) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT SELECT ON tenants TO portail_staff, portail_system, portail_operator;--> statement-breakpoint
GRANT UPDATE (name, trade, time_zone, default_locale, branding, settings, updated_at) ON tenants TO portail_staff;--> statement-breakpoint
GRANT UPDATE (status, suspended_reason, updated_at) ON tenants TO portail_operator;--> statement-breakpoint
GRANT SELECT (id, slug, name, trade, status, time_zone, default_locale, branding, clerk_org_id) ON tenants TO portail_resolver;--> statement-breakpoint

-- users: read-only mirror of the identity provider for actors; written by identity sync.
GRANT SELECT (id, email, name, locale) ON users TO portail_client, portail_staff;--> statement-breakpoint
GRANT SELECT ON users TO portail_system;--> statement-breakpoint

-- memberships: a signed-in visitor reads only whether it is staff here.
GRANT SELECT (tenant_id, id, user_id, role) ON memberships TO portail_public;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON memberships TO portail_staff, portail_system;--> statement-breakpoint
GRANT UPDATE (role, updated_at) ON memberships TO portail_staff, portail_system;--> statement-breakpoint

-- clients: a signed-in visitor reads only its own link; a client edits only its profile columns.
GRANT SELECT (tenant_id, id, user_id, archived_at) ON clients TO portail_public;--> statement-breakpoint
GRANT SELECT ON clients TO portail_client, portail_staff, portail_system;--> statement-breakpoint
GRANT UPDATE (full_name, phone, service_address, locale, communication_preferences, updated_at) ON clients TO portail_client;--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON clients TO portail_staff;--> statement-breakpoint
GRANT UPDATE ON clients TO portail_system;--> statement-breakpoint

-- audit_log: append-only for everyone; no UPDATE or DELETE grant exists.
GRANT SELECT, INSERT ON audit_log TO portail_client, portail_staff, portail_system, portail_operator;--> statement-breakpoint

-- tenant_counters: advanced by staff actions and workflows.
GRANT SELECT, INSERT, UPDATE ON tenant_counters TO portail_staff, portail_system;--> statement-breakpoint

-- event_outbox: actors append; only the relay (system) reads and marks delivery.
GRANT INSERT ON event_outbox TO portail_client, portail_staff, portail_operator;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON event_outbox TO portail_system;--> statement-breakpoint

-- Even the owner cannot rewrite history: updates and truncation of the audit log are refused.
CREATE FUNCTION portail_private.refuse_audit_rewrite() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.refuse_audit_rewrite() OWNER TO portail_owner;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION portail_private.refuse_audit_rewrite();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION portail_private.refuse_audit_rewrite();--> statement-breakpoint

-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts):
-- a request names its tenant only through its host, before any tenant context exists.
-- Returns the public columns of the one tenant with that slug; visitors cannot list tenants.
CREATE FUNCTION portail_private.tenant_by_slug(p_slug text)
RETURNS TABLE (id uuid, slug text, name text, trade text, status public.tenant_status, time_zone text, default_locale public.locale, branding jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT t.id, t.slug::text, t.name, t.trade, t.status, t.time_zone, t.default_locale, t.branding
  FROM public.tenants t
  WHERE t.slug OPERATOR(public.=) p_slug::public.citext
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.tenant_by_slug(text) OWNER TO portail_resolver;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.tenant_by_slug(text) FROM PUBLIC;--> statement-breakpoint
GRANT USAGE ON SCHEMA portail_private TO portail_public, portail_resolver;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.tenant_by_slug(text) TO portail_public;
