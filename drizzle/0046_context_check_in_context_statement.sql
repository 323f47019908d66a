-- The identity check moves into the context statement. Until now withTenant sent it as a second
-- statement after the context statement of every staff and client transaction, because the
-- function lived in portail_private, which the login role may not reach, and in one statement it
-- would have been looked up and its EXECUTE checked as the login role. That second statement cost
-- a staff read about a seventh of its throughput on Postgres (docs/decisions/identity-binding.md).
-- Now the context statement ends with the check:
--
--   select set_config('role', $1, true), ..., set_config('app.client_id', $4, true),
--          portail_context.check_actor_context()
--
-- Postgres evaluates a select list left to right, so the function reads the settings the same
-- statement has just made. The function lives in its own schema, portail_context, which holds
-- nothing else, and the login role may look names up there and execute that one function: it can
-- learn from it only whether the context it set itself names a real member or client owner, which
-- it could already read by switching to the actor role. The actor roles lose EXECUTE: they never
-- call it. VOLATILE because it must see settings changed within its own statement.

CREATE SCHEMA portail_context AUTHORIZATION portail_owner;--> statement-breakpoint
REVOKE ALL ON SCHEMA portail_context FROM PUBLIC;--> statement-breakpoint
GRANT USAGE ON SCHEMA portail_context TO portail_app;--> statement-breakpoint

CREATE FUNCTION portail_context.check_actor_context() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
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
ALTER FUNCTION portail_context.check_actor_context() OWNER TO portail_context_check;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_context.check_actor_context() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_context.check_actor_context() TO portail_app;--> statement-breakpoint

DROP FUNCTION portail_private.check_actor_context();
