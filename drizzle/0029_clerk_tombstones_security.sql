-- Clerk tombstones: what Clerk removed stays removed whatever order the events arrive in.
-- A membership removal is remembered with Clerk's updated_at of the removed membership, and
-- clerk_upsert_membership refuses data that is not newer (a re-added member has newer data); an
-- organization deletion is remembered so that no tenant is ever created for it again.
ALTER TABLE clerk_tombstones OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE clerk_tombstones FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON clerk_tombstones TO portail_clerk_sync;--> statement-breakpoint
GRANT UPDATE (removed_at) ON clerk_tombstones TO portail_clerk_sync;--> statement-breakpoint

CREATE OR REPLACE FUNCTION portail_private.clerk_upsert_membership(p_org_id text, p_clerk_user_id text, p_role public.membership_role, p_updated_at timestamptz, p_actor_user_id uuid, p_audit jsonb)
RETURNS public.membership_role LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_tenant uuid;
  v_user uuid;
  v_deleted timestamptz;
  v_id uuid;
  v_role public.membership_role;
  v_synced timestamptz;
BEGIN
  -- Removed in Clerk after this data was current: a late or retried event brings nothing back.
  IF EXISTS (SELECT FROM public.clerk_tombstones k
             WHERE k.kind = 'membership' AND k.key = p_org_id || ' ' || p_clerk_user_id
               AND (p_updated_at IS NULL OR k.removed_at >= p_updated_at)) THEN
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION portail_private.clerk_suspend_organization(p_org_id text, p_reason text, p_audit jsonb)
RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_id uuid;
  v_status public.tenant_status;
BEGIN
  INSERT INTO public.clerk_tombstones (kind, key, removed_at) VALUES ('organization', p_org_id, now())
  ON CONFLICT (kind, key) DO NOTHING;
  SELECT t.id, t.status INTO v_id, v_status FROM public.tenants t WHERE t.clerk_org_id = p_org_id FOR UPDATE;
  IF v_id IS NULL OR v_status = 'suspended' THEN RETURN v_id; END IF;
  UPDATE public.tenants SET status = 'suspended', suspended_reason = p_reason, updated_at = now() WHERE id = v_id;
  PERFORM portail_private.clerk_audit(v_id, NULL, 'tenant.suspended', 'tenant', v_id, NULL, p_reason, p_audit || jsonb_build_object('clerkOrgId', p_org_id));
  RETURN v_id;
END
$$;--> statement-breakpoint

DROP FUNCTION portail_private.clerk_delete_membership(text, text, text, jsonb);--> statement-breakpoint
-- Removes a Clerk user's membership of an organization's tenant (removed in Clerk, or given a
-- role Portail does not map) and remembers the removal. Returns whether there was a row.
CREATE FUNCTION portail_private.clerk_delete_membership(p_org_id text, p_clerk_user_id text, p_removed_at timestamptz, p_reason text, p_audit jsonb)
RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_tenant uuid;
  v_id uuid;
  v_user uuid;
BEGIN
  -- Remembered even when there is no row yet, so the membership's own late event is refused.
  INSERT INTO public.clerk_tombstones (kind, key, removed_at)
  VALUES ('membership', p_org_id || ' ' || p_clerk_user_id, coalesce(p_removed_at, now()))
  ON CONFLICT (kind, key) DO UPDATE SET removed_at = greatest(public.clerk_tombstones.removed_at, excluded.removed_at);
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
ALTER FUNCTION portail_private.clerk_delete_membership(text, text, timestamptz, text, jsonb) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_delete_membership(text, text, timestamptz, text, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_delete_membership(text, text, timestamptz, text, jsonb) TO portail_identity;--> statement-breakpoint

-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts): whether Clerk
-- deleted this organization, asked before a tenant is created for it.
CREATE FUNCTION portail_private.clerk_organization_removed(p_org_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (SELECT FROM public.clerk_tombstones k WHERE k.kind = 'organization' AND k.key = p_org_id)
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_organization_removed(text) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_organization_removed(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_organization_removed(text) TO portail_identity;
