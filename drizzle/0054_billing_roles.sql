-- Issue 14's roles: the two tenant-less actors of payments. Idempotent like 0000 because roles are
-- cluster-wide; it runs before the generated migration so its policies can name them. withTenant
-- refuses them a tenant: each reads the connected accounts of every business.
-- - portail_payment_webhook: Stripe webhooks resolve event.account to a tenant (tenant_id and
--   stripe_account_id of tenant_payment_settings) and record the events of the platform or of an
--   unknown account in stripe_events under the platform tenant; a known account's event is applied
--   by that tenant's system actor;
-- - portail_payment_reconcile: the daily reconciliation lists the connected accounts (tenant_id,
--   stripe_account_id, charges_enabled); its repairs run as each tenant's system actor.

DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['portail_payment_webhook', 'portail_payment_reconcile'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', role_name);
    END IF;
  END LOOP;
END
$$;--> statement-breakpoint
ALTER ROLE portail_payment_webhook NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
ALTER ROLE portail_payment_reconcile NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT portail_payment_webhook, portail_payment_reconcile TO portail_app;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_payment_webhook, portail_payment_reconcile;
