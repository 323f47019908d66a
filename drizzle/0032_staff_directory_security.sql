-- Public staff names for the booking wizard. Policies were generated into 0031; here are the
-- grants and the one function that uses them.

-- What the owner of staff_display_names may read: which tenant and user a membership is, its
-- chosen public name, and the users' names (for the first-name default). No emails or roles.
GRANT SELECT (tenant_id, id, user_id, display_name) ON memberships TO portail_staff_directory;--> statement-breakpoint
GRANT SELECT (id, name) ON users TO portail_staff_directory;--> statement-breakpoint
-- Staff choose how their team appears to visitors.
GRANT UPDATE (display_name) ON memberships TO portail_staff, portail_system;--> statement-breakpoint
GRANT USAGE ON SCHEMA portail_private TO portail_client, portail_staff;--> statement-breakpoint

-- Visitors and clients hold no grant on memberships or users beyond their own row, on purpose,
-- yet the wizard lets them pick who performs a service. Returns, for the tenant in context only,
-- each member's id and public name: the one the business chose, else the first word of the
-- user's name (never an address: a name that looks like one gives null, shown as "a team member").
CREATE FUNCTION portail_private.staff_display_names()
RETURNS TABLE (membership_id uuid, display_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT m.id,
    coalesce(
      nullif(btrim(m.display_name), ''),
      (SELECT nullif(f.first, '') FROM (SELECT split_part(btrim(u.name), ' ', 1) AS first) f WHERE position('@' IN f.first) = 0)
    )
  FROM public.memberships m JOIN public.users u ON u.id = m.user_id
  WHERE m.tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.staff_display_names() OWNER TO portail_staff_directory;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.staff_display_names() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.staff_display_names() TO portail_public, portail_client, portail_staff;
