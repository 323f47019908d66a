-- Identity bound in the database. Until now the policies checked the tenant and client ids of a
-- context but trusted the app for who the caller is: a staff context whose user is no member of
-- the tenant read its clients, a client context whose client row belongs to another user read that
-- client. withTenant now runs `select portail_private.check_actor_context()` right after the
-- context statement of every staff and client transaction (in the same write on Postgres), and
-- the transaction fails (SQLSTATE 42501) unless the context's user is a member of the context's
-- tenant (staff) or owns the context's client row in that tenant (client). A context from a bug
-- fails loudly rather than reading an empty page: the error names the cause, where an empty
-- answer would look like a business with no data. docs/decisions/identity-binding.md has the
-- options weighed and their measured cost.
--
-- It checks the context once per transaction, not per statement: the login role may rewrite the
-- context later in the transaction with set_config (actor roles stop bugs, not injected SQL;
-- see packages/db/src/schema/actor-roles.ts), and withTenant's own code never does.

-- What the owner of check_actor_context may read: the ids the two checks compare, nothing else.
GRANT SELECT (tenant_id, user_id) ON memberships TO portail_context_check;--> statement-breakpoint
GRANT SELECT (tenant_id, id, user_id) ON clients TO portail_context_check;--> statement-breakpoint

-- Listed in packages/db/src/cross-tenant-entry-points.ts. Not cross-tenant: it reads only the
-- context it is called in. The actor role is the `role` setting withTenant just made (a definer
-- function runs as its owner, but the setting stays the caller's); only staff and client may
-- call it, so it never has to decide for another role. The policies of portail_context_check
-- already narrow each table to the one row that would prove the context; the WHERE repeats them.
CREATE FUNCTION portail_private.check_actor_context() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  actor_role text := current_setting('role');
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  acting_user uuid := nullif(current_setting('app.user_id', true), '')::uuid;
  acting_client uuid := nullif(current_setting('app.client_id', true), '')::uuid;
BEGIN
  IF actor_role = 'portail_staff' THEN
    PERFORM FROM public.memberships m WHERE m.tenant_id = tenant AND m.user_id = acting_user;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'staff context refused: user % is not a member of tenant %', acting_user, tenant
        USING ERRCODE = '42501';
    END IF;
  ELSIF actor_role = 'portail_client' THEN
    PERFORM FROM public.clients c WHERE c.tenant_id = tenant AND c.id = acting_client AND c.user_id = acting_user;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'client context refused: client % of tenant % is not owned by user %', acting_client, tenant,
        acting_user USING ERRCODE = '42501';
    END IF;
  ELSE
    RAISE EXCEPTION 'check_actor_context is for staff and client contexts, not %', actor_role USING ERRCODE = '42501';
  END IF;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.check_actor_context() OWNER TO portail_context_check;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.check_actor_context() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.check_actor_context() TO portail_staff, portail_client;
