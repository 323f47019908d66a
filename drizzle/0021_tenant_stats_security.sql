-- The operator console's member and client counts. Policies were generated into 0020; here are
-- the grants and the one function that uses them.

-- What the owner of tenant_counts may read: which tenant a membership or a client belongs to, and
-- whether a client is archived. No names, emails, roles or user ids.
GRANT SELECT (tenant_id) ON memberships TO portail_tenant_stats;--> statement-breakpoint
GRANT SELECT (tenant_id, archived_at) ON clients TO portail_tenant_stats;--> statement-breakpoint
GRANT USAGE ON SCHEMA portail_private TO portail_operator;--> statement-breakpoint

-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts): operators
-- hold no grant on memberships or clients, on purpose, yet the console shows how big each business
-- is. Numbers only, for the tenants asked about; core records the read in platform_audit_log.
-- Archived clients are not counted: they are no longer the business's clients.
CREATE FUNCTION portail_private.tenant_counts(p_tenant_ids uuid[])
RETURNS TABLE (tenant_id uuid, member_count bigint, client_count bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT
    t.id,
    (SELECT count(*) FROM public.memberships m WHERE m.tenant_id = t.id),
    (SELECT count(*) FROM public.clients c WHERE c.tenant_id = t.id AND c.archived_at IS NULL)
  FROM unnest(p_tenant_ids) AS t(id)
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.tenant_counts(uuid[]) OWNER TO portail_tenant_stats;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.tenant_counts(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.tenant_counts(uuid[]) TO portail_operator;
