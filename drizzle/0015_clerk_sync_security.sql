-- Clerk sync: the identity provider's users, organizations and memberships mirrored into ours.
-- These paths cross tenants by nature (an organization id names a tenant before any tenant
-- context exists; deleting a user unlinks them everywhere), so they run only through the
-- security-definer functions below, owned by portail_clerk_sync, whose policies (0011) reach
-- only Clerk-provisioned rows and whose grants below are the few columns each function writes.
-- The app calls them as the identity actor, which holds EXECUTE and nothing on these tables.
ALTER TYPE platform_role OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE clerk_webhook_deliveries OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE clerk_webhook_deliveries FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- A delivery is recorded in the transaction that applies it; the identity actor reads it back to
-- answer a replay. No UPDATE or DELETE: a recorded delivery is never applied twice.
GRANT SELECT, INSERT ON clerk_webhook_deliveries TO portail_identity;--> statement-breakpoint

GRANT USAGE ON SCHEMA portail_private TO portail_clerk_sync, portail_identity;--> statement-breakpoint
GRANT SELECT (id, external_id, email, name, locale, platform_role, clerk_updated_at, deleted_at) ON users TO portail_clerk_sync;--> statement-breakpoint
GRANT INSERT (id, external_id, email, name, locale, platform_role, clerk_updated_at, deleted_at) ON users TO portail_clerk_sync;--> statement-breakpoint
GRANT UPDATE (email, name, locale, platform_role, clerk_updated_at, deleted_at, updated_at) ON users TO portail_clerk_sync;--> statement-breakpoint
GRANT SELECT (id, slug, name, status, clerk_org_id, clerk_updated_at) ON tenants TO portail_clerk_sync;--> statement-breakpoint
GRANT UPDATE (name, status, suspended_reason, clerk_updated_at, updated_at) ON tenants TO portail_clerk_sync;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON memberships TO portail_clerk_sync;--> statement-breakpoint
GRANT UPDATE (role, clerk_updated_at, updated_at) ON memberships TO portail_clerk_sync;--> statement-breakpoint
GRANT SELECT (tenant_id, id, user_id) ON clients TO portail_clerk_sync;--> statement-breakpoint
GRANT UPDATE (user_id, updated_at) ON clients TO portail_clerk_sync;--> statement-breakpoint
GRANT INSERT ON audit_log TO portail_clerk_sync;--> statement-breakpoint
GRANT INSERT ON platform_audit_log TO portail_clerk_sync;--> statement-breakpoint

-- One entry in the platform log and, when a tenant is concerned, one in that tenant's log.
-- Invoker rights: only the definer functions below (running as portail_clerk_sync) call it.
CREATE FUNCTION portail_private.clerk_audit(p_tenant_id uuid, p_actor_user_id uuid, p_action text, p_entity_type text, p_entity_id uuid, p_client_id uuid, p_reason text, p_data jsonb)
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = '' AS $$
BEGIN
  INSERT INTO public.platform_audit_log (actor_user_id, action, target_tenant_id, reason, data)
  VALUES (p_actor_user_id, p_action, p_tenant_id, p_reason, p_data);
  IF p_tenant_id IS NOT NULL THEN
    INSERT INTO public.audit_log (tenant_id, actor_user_id, actor_role, action, entity_type, entity_id, client_id, reason, data)
    VALUES (p_tenant_id, p_actor_user_id, 'identity_sync', p_action, p_entity_type, p_entity_id, p_client_id, p_reason, p_data);
  END IF;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_audit(uuid, uuid, text, text, uuid, uuid, text, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_audit(uuid, uuid, text, text, uuid, uuid, text, jsonb) FROM PUBLIC;--> statement-breakpoint

-- Who a verified session is in Portail: its own user row and, for the token's organization, the
-- tenant and its own membership there. Read-only, one row at most, never another user's data.
CREATE FUNCTION portail_private.clerk_identity(p_clerk_user_id text, p_org_id text)
RETURNS TABLE (user_id uuid, email text, name text, locale public.locale, platform_role public.platform_role, synced boolean, deleted boolean, tenant_id uuid, member_role public.membership_role)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT u.id, u.email::text, u.name, u.locale, u.platform_role, u.clerk_updated_at IS NOT NULL, u.deleted_at IS NOT NULL, t.id, m.role
  FROM public.users u
  LEFT JOIN public.tenants t ON p_org_id IS NOT NULL AND t.clerk_org_id = p_org_id
  LEFT JOIN public.memberships m ON m.tenant_id = t.id AND m.user_id = u.id
  WHERE u.external_id = 'clerk:' || p_clerk_user_id
$$;--> statement-breakpoint

-- Creates or refreshes the user mirroring a Clerk user. p_updated_at null makes a stub (from a
-- membership that arrived first, or a token): it fills a missing row and never overwrites one.
-- Data older than what the row holds is ignored; a deleted user is never brought back.
CREATE FUNCTION portail_private.clerk_upsert_user(p_clerk_user_id text, p_email text, p_name text, p_locale public.locale, p_platform_role public.platform_role, p_updated_at timestamptz, p_audit jsonb)
RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_external text := 'clerk:' || p_clerk_user_id;
  v_id uuid;
  v_synced timestamptz;
  v_deleted timestamptz;
BEGIN
  INSERT INTO public.users (external_id, email, name, locale, platform_role, clerk_updated_at)
  VALUES (v_external, coalesce(p_email, p_clerk_user_id || '@users.clerk.invalid'), coalesce(p_name, ''), p_locale, p_platform_role, p_updated_at)
  ON CONFLICT (external_id) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NOT NULL THEN
    PERFORM portail_private.clerk_audit(NULL, v_id, 'user.provisioned', 'user', v_id, NULL, NULL, p_audit || jsonb_build_object('clerkUserId', p_clerk_user_id));
    RETURN v_id;
  END IF;
  SELECT u.id, u.clerk_updated_at, u.deleted_at INTO v_id, v_synced, v_deleted
  FROM public.users u WHERE u.external_id = v_external FOR UPDATE;
  IF v_deleted IS NOT NULL THEN RETURN NULL; END IF;
  IF p_updated_at IS NOT NULL AND (v_synced IS NULL OR p_updated_at > v_synced) THEN
    UPDATE public.users SET
      email = coalesce(p_email, email), name = coalesce(p_name, name), locale = p_locale,
      platform_role = p_platform_role, clerk_updated_at = p_updated_at, updated_at = now()
    WHERE id = v_id;
  END IF;
  RETURN v_id;
END
$$;--> statement-breakpoint

-- Refreshes the tenant of a Clerk organization from newer data (its name; never its slug, which
-- is the portal's address). Creating one goes through portail_private.create_tenant (0012), with
-- the organization's creator as owner. Returns the tenant id, or null when none exists yet.
CREATE FUNCTION portail_private.clerk_update_organization(p_org_id text, p_name text, p_updated_at timestamptz)
RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_id uuid;
  v_synced timestamptz;
BEGIN
  SELECT t.id, t.clerk_updated_at INTO v_id, v_synced FROM public.tenants t WHERE t.clerk_org_id = p_org_id FOR UPDATE;
  IF v_id IS NOT NULL AND p_updated_at IS NOT NULL AND (v_synced IS NULL OR p_updated_at > v_synced) THEN
    UPDATE public.tenants SET name = p_name, clerk_updated_at = p_updated_at, updated_at = now() WHERE id = v_id;
  END IF;
  RETURN v_id;
END
$$;--> statement-breakpoint

-- Gives a Clerk user its membership of the organization's tenant, or changes its role when the
-- data is newer. Both rows must exist (the caller provisions stubs first). A deleted user gets
-- nothing. Returns the role now held, or null.
CREATE FUNCTION portail_private.clerk_upsert_membership(p_org_id text, p_clerk_user_id text, p_role public.membership_role, p_updated_at timestamptz, p_actor_user_id uuid, p_audit jsonb)
RETURNS public.membership_role LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_tenant uuid;
  v_user uuid;
  v_deleted timestamptz;
  v_id uuid;
  v_role public.membership_role;
  v_synced timestamptz;
BEGIN
  SELECT t.id INTO v_tenant FROM public.tenants t WHERE t.clerk_org_id = p_org_id;
  SELECT u.id, u.deleted_at INTO v_user, v_deleted FROM public.users u WHERE u.external_id = 'clerk:' || p_clerk_user_id;
  IF v_tenant IS NULL OR v_user IS NULL THEN
    RAISE EXCEPTION 'Clerk membership of % in %: provision the user and the organization first', p_clerk_user_id, p_org_id USING ERRCODE = 'P0002';
  END IF;
  IF v_deleted IS NOT NULL THEN RETURN NULL; END IF;
  INSERT INTO public.memberships (tenant_id, user_id, role, clerk_updated_at)
  VALUES (v_tenant, v_user, p_role, p_updated_at)
  ON CONFLICT (tenant_id, user_id) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NOT NULL THEN
    PERFORM portail_private.clerk_audit(v_tenant, coalesce(p_actor_user_id, v_user), 'membership.created', 'membership', v_id, NULL, NULL,
      p_audit || jsonb_build_object('role', p_role, 'userId', v_user));
    RETURN p_role;
  END IF;
  SELECT m.id, m.role, m.clerk_updated_at INTO v_id, v_role, v_synced
  FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = v_user FOR UPDATE;
  IF p_updated_at IS NOT NULL AND (v_synced IS NULL OR p_updated_at > v_synced) THEN
    UPDATE public.memberships SET role = p_role, clerk_updated_at = p_updated_at, updated_at = now() WHERE tenant_id = v_tenant AND id = v_id;
    IF v_role <> p_role THEN
      PERFORM portail_private.clerk_audit(v_tenant, p_actor_user_id, 'membership.role_changed', 'membership', v_id, NULL, NULL,
        p_audit || jsonb_build_object('from', v_role, 'to', p_role, 'userId', v_user));
    END IF;
    RETURN p_role;
  END IF;
  RETURN v_role;
END
$$;--> statement-breakpoint

-- Removes a Clerk user's membership of an organization's tenant (removed in Clerk, or given a
-- role Portail does not map). Returns whether there was one.
CREATE FUNCTION portail_private.clerk_delete_membership(p_org_id text, p_clerk_user_id text, p_reason text, p_audit jsonb)
RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_tenant uuid;
  v_id uuid;
  v_user uuid;
BEGIN
  SELECT m.tenant_id, m.id, m.user_id INTO v_tenant, v_id, v_user
  FROM public.memberships m
  JOIN public.tenants t ON t.id = m.tenant_id
  JOIN public.users u ON u.id = m.user_id
  WHERE t.clerk_org_id = p_org_id AND u.external_id = 'clerk:' || p_clerk_user_id;
  IF v_id IS NULL THEN RETURN false; END IF;
  DELETE FROM public.memberships WHERE tenant_id = v_tenant AND id = v_id;
  PERFORM portail_private.clerk_audit(v_tenant, NULL, 'membership.removed', 'membership', v_id, NULL, p_reason,
    p_audit || jsonb_build_object('userId', v_user));
  RETURN true;
END
$$;--> statement-breakpoint

-- A user deleted in Clerk: every membership removed, every client row unlinked (the client and
-- its history stay with the business), the user row anonymised and kept as a tombstone so a late
-- event cannot bring it back. A deletion that arrives before the user was ever seen leaves the
-- tombstone alone. Returns the user id.
CREATE FUNCTION portail_private.clerk_delete_user(p_clerk_user_id text, p_audit jsonb)
RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_external text := 'clerk:' || p_clerk_user_id;
  v_id uuid;
  v_deleted timestamptz;
  r record;
BEGIN
  SELECT u.id, u.deleted_at INTO v_id, v_deleted FROM public.users u WHERE u.external_id = v_external FOR UPDATE;
  IF v_id IS NULL THEN
    v_id := public.portail_uuidv7();
    INSERT INTO public.users (id, external_id, email, name, deleted_at)
    VALUES (v_id, v_external, 'deleted-' || v_id::text || '@users.invalid', '', now())
    ON CONFLICT (external_id) DO NOTHING;
    SELECT u.id INTO v_id FROM public.users u WHERE u.external_id = v_external;
    PERFORM portail_private.clerk_audit(NULL, NULL, 'user.deleted', 'user', v_id, NULL, 'deleted in the identity provider before it was seen', p_audit);
    RETURN v_id;
  END IF;
  IF v_deleted IS NOT NULL THEN RETURN v_id; END IF;
  FOR r IN DELETE FROM public.memberships m WHERE m.user_id = v_id RETURNING m.tenant_id, m.id LOOP
    PERFORM portail_private.clerk_audit(r.tenant_id, NULL, 'membership.removed', 'membership', r.id, NULL, 'user deleted in the identity provider', p_audit || jsonb_build_object('userId', v_id));
  END LOOP;
  FOR r IN UPDATE public.clients c SET user_id = NULL, updated_at = now() WHERE c.user_id = v_id RETURNING c.tenant_id, c.id LOOP
    PERFORM portail_private.clerk_audit(r.tenant_id, NULL, 'client.unlinked', 'client', r.id, r.id, 'user deleted in the identity provider', p_audit || jsonb_build_object('userId', v_id));
  END LOOP;
  UPDATE public.users SET email = 'deleted-' || v_id::text || '@users.invalid', name = '', locale = NULL,
    platform_role = NULL, deleted_at = now(), updated_at = now()
  WHERE id = v_id;
  PERFORM portail_private.clerk_audit(NULL, NULL, 'user.deleted', 'user', v_id, NULL, 'deleted in the identity provider', p_audit);
  RETURN v_id;
END
$$;--> statement-breakpoint

-- An organization deleted in Clerk suspends its tenant, never deletes it: the business's clients,
-- invoices and audit trail must outlive a click in the provider's dashboard (legal retention), and
-- an operator can still reinstate it or run the real closure. Returns the tenant id, or null.
CREATE FUNCTION portail_private.clerk_suspend_organization(p_org_id text, p_reason text, p_audit jsonb)
RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_id uuid;
  v_status public.tenant_status;
BEGIN
  SELECT t.id, t.status INTO v_id, v_status FROM public.tenants t WHERE t.clerk_org_id = p_org_id FOR UPDATE;
  IF v_id IS NULL OR v_status = 'suspended' THEN RETURN v_id; END IF;
  UPDATE public.tenants SET status = 'suspended', suspended_reason = p_reason, updated_at = now() WHERE id = v_id;
  PERFORM portail_private.clerk_audit(v_id, NULL, 'tenant.suspended', 'tenant', v_id, NULL, p_reason, p_audit || jsonb_build_object('clerkOrgId', p_org_id));
  RETURN v_id;
END
$$;--> statement-breakpoint

-- Cross-tenant entry points (listed in packages/db/src/cross-tenant-entry-points.ts): the identity
-- actor may call them, nothing else may.
ALTER FUNCTION portail_private.clerk_identity(text, text) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_identity(text, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_identity(text, text) TO portail_identity;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_upsert_user(text, text, text, public.locale, public.platform_role, timestamptz, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_upsert_user(text, text, text, public.locale, public.platform_role, timestamptz, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_upsert_user(text, text, text, public.locale, public.platform_role, timestamptz, jsonb) TO portail_identity;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_update_organization(text, text, timestamptz) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_update_organization(text, text, timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_update_organization(text, text, timestamptz) TO portail_identity;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_upsert_membership(text, text, public.membership_role, timestamptz, uuid, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_upsert_membership(text, text, public.membership_role, timestamptz, uuid, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_upsert_membership(text, text, public.membership_role, timestamptz, uuid, jsonb) TO portail_identity;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_delete_membership(text, text, text, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_delete_membership(text, text, text, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_delete_membership(text, text, text, jsonb) TO portail_identity;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_delete_user(text, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_delete_user(text, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_delete_user(text, jsonb) TO portail_identity;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_suspend_organization(text, text, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_suspend_organization(text, text, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_suspend_organization(text, text, jsonb) TO portail_identity;
