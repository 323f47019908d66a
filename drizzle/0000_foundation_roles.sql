-- Foundation: extensions, database roles and the UUIDv7 generator.
-- Custom migration (drizzle-kit cannot express LOGIN/NOINHERIT roles or extensions).
-- Roles are cluster-wide, so every statement here is idempotent: several databases on one server
-- (a throwaway test database next to the real one) share them.

CREATE EXTENSION IF NOT EXISTS citext;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pgcrypto;--> statement-breakpoint

DO $$
BEGIN
  -- Owns every table and function; never used by the running app.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_owner') THEN
    CREATE ROLE portail_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  -- The role the app logs in with: no privileges of its own, does not inherit its actor roles,
  -- so a query outside withTenant() fails with "permission denied" instead of reading anything.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_app') THEN
    CREATE ROLE portail_app LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_public') THEN
    CREATE ROLE portail_public NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_client') THEN
    CREATE ROLE portail_client NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_staff') THEN
    CREATE ROLE portail_staff NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_system') THEN
    CREATE ROLE portail_system NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_operator') THEN
    CREATE ROLE portail_operator NOLOGIN NOBYPASSRLS;
  END IF;
  -- Owns the few security-definer functions that must find a tenant before any context exists.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_resolver') THEN
    CREATE ROLE portail_resolver NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint

-- Re-assert the attributes in case a role pre-existed with others.
ALTER ROLE portail_app LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_owner NOLOGIN NOSUPERUSER NOBYPASSRLS;--> statement-breakpoint
GRANT portail_public, portail_client, portail_staff, portail_system, portail_operator TO portail_app;--> statement-breakpoint

-- Nothing is granted to PUBLIC by default in our schemas: each actor gets exactly its grants.
REVOKE ALL ON SCHEMA public FROM PUBLIC;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_owner, portail_resolver, portail_public, portail_client, portail_staff, portail_system, portail_operator;--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO portail_owner;--> statement-breakpoint

-- Security-definer functions live here, out of the schema the app's queries use.
CREATE SCHEMA IF NOT EXISTS portail_private AUTHORIZATION portail_owner;--> statement-breakpoint
REVOKE ALL ON SCHEMA portail_private FROM PUBLIC;--> statement-breakpoint

-- UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered ids keep the
-- (tenant_id, id) indexes append-mostly. Postgres 18 has uuidv7() built in; 15 does not.
CREATE OR REPLACE FUNCTION public.portail_uuidv7() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE
SET search_path = pg_catalog, public
AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
              PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
              FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;--> statement-breakpoint
ALTER FUNCTION public.portail_uuidv7() OWNER TO portail_owner;
