-- The logo is public (every portal page shows it): visitors and clients read its columns, the
-- logo route reads the file's key as the tenant's visitor. Staff set it from the business settings.
GRANT SELECT (logo_key, logo_content_type, logo_version) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT UPDATE (logo_key, logo_content_type, logo_version) ON tenants TO portail_staff;--> statement-breakpoint
GRANT SELECT (logo_key, logo_version) ON tenants TO portail_resolver;--> statement-breakpoint

-- Host -> tenant now also says which logo version to show (null: no logo), so every page can put
-- it in the header without a second query. The row type changes, hence drop and create; the
-- function stays what 0002 made it (owner, EXECUTE for visitors only).
DROP FUNCTION portail_private.tenant_by_slug(text);--> statement-breakpoint
CREATE FUNCTION portail_private.tenant_by_slug(p_slug text)
RETURNS TABLE (id uuid, slug text, name text, trade text, status public.tenant_status, time_zone text, default_locale public.locale, branding jsonb, logo_version integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT t.id, t.slug::text, t.name, t.trade, t.status, t.time_zone, t.default_locale, t.branding,
    CASE WHEN t.logo_key IS NULL THEN NULL ELSE t.logo_version END
  FROM public.tenants t
  WHERE t.slug OPERATOR(public.=) p_slug::public.citext
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.tenant_by_slug(text) OWNER TO portail_resolver;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.tenant_by_slug(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.tenant_by_slug(text) TO portail_public;
