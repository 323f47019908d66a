-- The Clerk user id behind one of our users, for the Clerk adapter of the OrganizationDirectory
-- port: "start your business" names the creator by our users.id, Clerk's Backend API by its own.
-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts): it answers
-- for one live clerk: user only, and tells nothing else.
CREATE FUNCTION portail_private.clerk_user_id(p_user_id uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT substr(u.external_id, length('clerk:') + 1)
  FROM public.users u
  WHERE u.id = p_user_id AND starts_with(u.external_id, 'clerk:') AND u.deleted_at IS NULL
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.clerk_user_id(uuid) OWNER TO portail_clerk_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.clerk_user_id(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.clerk_user_id(uuid) TO portail_identity;
