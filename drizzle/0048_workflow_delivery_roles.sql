-- Issue 13's roles: the actors of the workflow engine, the relays and provider webhooks, and the
-- owner of the delivery-log sync trigger. Idempotent like 0000 because roles are cluster-wide; it
-- runs before the generated migration so its policies can name them.
--
-- Actors (the login role switches to them inside withTenant, which refuses them a tenant: each
-- works on platform tables for every business at once):
-- - portail_workflow_engine: the embedded engine's events and runs;
-- - portail_outbox_relay: reads undelivered event_outbox rows and records their delivery;
-- - portail_mail_relay: delivers mail_outbox (it ran as portail_identity, which also holds sign-in
--   codes, sessions and users);
-- - portail_sms_relay: delivers sms_outbox;
-- - portail_delivery_status: provider webhooks (delivery statuses, bounces, STOP).
-- Not an actor: portail_delivery_sync owns portail_private.sync_delivery_from_outbox; the login
-- role is not a member of it.

DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['portail_workflow_engine', 'portail_outbox_relay', 'portail_mail_relay',
    'portail_sms_relay', 'portail_delivery_status', 'portail_delivery_sync'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', role_name);
    END IF;
  END LOOP;
END
$$;--> statement-breakpoint
ALTER ROLE portail_workflow_engine NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_outbox_relay NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_mail_relay NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_sms_relay NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_delivery_status NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_delivery_sync NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT portail_workflow_engine, portail_outbox_relay, portail_mail_relay, portail_sms_relay, portail_delivery_status
  TO portail_app;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_workflow_engine, portail_outbox_relay, portail_mail_relay, portail_sms_relay,
  portail_delivery_status, portail_delivery_sync;
