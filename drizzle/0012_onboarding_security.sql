-- Onboarding and invitations: ownership, forced RLS, grants, and the one way a business is created.
-- Policies were generated into 0011; here is what drizzle-kit cannot generate.
ALTER TABLE staff_invitations OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE consent_records OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE staff_invitations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE consent_records FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- tenants: the privacy notice version is public (the join page shows which notice is accepted);
-- staff publish a new version as part of their settings.
GRANT SELECT (privacy_notice_version) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT UPDATE (privacy_notice_version) ON tenants TO portail_staff;--> statement-breakpoint

-- staff_invitations: staff invite, resend (new token and expiry) and revoke; the acceptance step
-- (system actor, after core matched token and email) marks one accepted. No DELETE: history stays.
GRANT SELECT, INSERT ON staff_invitations TO portail_staff;--> statement-breakpoint
GRANT UPDATE (token_hash, expires_at, revoked_at, updated_at) ON staff_invitations TO portail_staff;--> statement-breakpoint
GRANT SELECT ON staff_invitations TO portail_system;--> statement-breakpoint
GRANT UPDATE (accepted_at, accepted_by_user_id, updated_at) ON staff_invitations TO portail_system;--> statement-breakpoint

-- consent_records: append-only evidence. The join step (system) records; the client and staff read.
GRANT SELECT ON consent_records TO portail_client, portail_staff;--> statement-breakpoint
GRANT SELECT, INSERT ON consent_records TO portail_system;--> statement-breakpoint

-- clients: the join step creates the client row of a first-time visitor (system actor).
GRANT INSERT ON clients TO portail_system;--> statement-breakpoint

-- mail_outbox: staff queue their business's mail (invitations) in their own transaction; they
-- read nothing back (the policy also pins tenant_id to their own business).
GRANT INSERT ON mail_outbox TO portail_staff;--> statement-breakpoint

-- "Start your business": the signed-in person is known to the identity service but has no tenant
-- yet. It may ask whether a slug is taken (a yes or no, nothing about the business that holds it)
-- and create a business through create_tenant below.
GRANT USAGE ON SCHEMA portail_private TO portail_identity;--> statement-breakpoint
-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts).
CREATE FUNCTION portail_private.slug_is_taken(p_slug text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (SELECT FROM public.tenants t WHERE t.slug OPERATOR(public.=) p_slug::public.citext)
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.slug_is_taken(text) OWNER TO portail_resolver;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.slug_is_taken(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.slug_is_taken(text) TO portail_identity;--> statement-breakpoint

-- What the owner of create_tenant may do: insert, never read or change.
GRANT INSERT (id, slug, name, trade, time_zone, default_locale, clerk_org_id) ON tenants TO portail_onboarding;--> statement-breakpoint
GRANT INSERT (tenant_id, user_id, role) ON memberships TO portail_onboarding;--> statement-breakpoint
GRANT INSERT ON audit_log TO portail_onboarding;--> statement-breakpoint
GRANT INSERT ON platform_audit_log TO portail_onboarding;--> statement-breakpoint

-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts): a business is
-- created before any tenant context exists. The signed-in caller (app.user_id, set by withTenant)
-- becomes its owner, so a caller can never make someone else the owner of anything. One call
-- inserts the tenant, the owner membership, the tenant's first audit entry and a platform audit
-- entry, all in the caller's transaction. A taken slug or organization id raises the unique
-- violation of tenants (tenants_slug_unique / tenants_clerk_org_id_unique) and inserts nothing.
CREATE FUNCTION portail_private.create_tenant(
  p_slug text,
  p_name text,
  p_trade text,
  p_time_zone text,
  p_default_locale public.locale,
  p_clerk_org_id text,
  p_source text
) RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_user uuid := nullif(current_setting('app.user_id', true), '')::uuid;
  v_tenant uuid := public.portail_uuidv7();
  v_data jsonb := jsonb_build_object('slug', p_slug, 'name', p_name, 'trade', p_trade, 'source', p_source);
BEGIN
  IF v_user IS NULL THEN
    RAISE EXCEPTION 'create_tenant needs a signed-in user in context' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_source IS NULL OR p_source NOT IN ('onboarding', 'identity_provider') THEN
    RAISE EXCEPTION 'create_tenant: unknown source %', p_source USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO public.tenants (id, slug, name, trade, time_zone, default_locale, clerk_org_id)
  VALUES (v_tenant, p_slug, p_name, p_trade, p_time_zone, p_default_locale, p_clerk_org_id);
  INSERT INTO public.memberships (tenant_id, user_id, role) VALUES (v_tenant, v_user, 'owner');
  INSERT INTO public.audit_log (tenant_id, actor_user_id, actor_role, action, entity_type, entity_id, data)
  VALUES (v_tenant, v_user, 'owner', 'tenant.created', 'tenant', v_tenant, v_data);
  INSERT INTO public.platform_audit_log (actor_user_id, action, target_tenant_id, data)
  VALUES (v_user, 'tenant.created', v_tenant, v_data);
  RETURN v_tenant;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.create_tenant(text, text, text, text, public.locale, text, text) OWNER TO portail_onboarding;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.create_tenant(text, text, text, text, public.locale, text, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.create_tenant(text, text, text, text, public.locale, text, text) TO portail_identity;
