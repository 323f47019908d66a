-- Issue 14's tables: ownership, forced RLS and the grants of each actor (the policies were generated
-- into the previous migration), and the triggers that keep an issued invoice's lines as issued.

ALTER TABLE tenant_payment_settings OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE billing_customers OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE saved_cards OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE invoices OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE invoice_lines OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE payments OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE refunds OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE checkout_sessions OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE client_credits OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE payment_plans OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE plan_subscriptions OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE stripe_events OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE invoice_kind OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE invoice_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE payment_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE payment_method OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE payment_purpose OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE refund_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE checkout_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE checkout_mode OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE credit_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE stripe_event_outcome OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE tenant_payment_settings FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE billing_customers FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE saved_cards FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE invoice_lines FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE payments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE refunds FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE checkout_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE client_credits FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE payment_plans FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE plan_subscriptions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE stripe_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- Payment settings. Staff read them and write what a business decides itself (tax province and
-- registrations, terms, invoice notes): never the connected account's state, which only Stripe's
-- events change (system), nor the platform fee, which operators set. Clients read nothing here.
GRANT SELECT ON tenant_payment_settings TO portail_staff, portail_system, portail_operator;--> statement-breakpoint
GRANT INSERT (tenant_id, tax_province, gst_hst_number, qst_number, pst_number, invoice_terms_days, invoice_notes_fr,
  invoice_notes_en) ON tenant_payment_settings TO portail_staff;--> statement-breakpoint
GRANT UPDATE (tax_province, gst_hst_number, qst_number, pst_number, invoice_terms_days, invoice_notes_fr,
  invoice_notes_en, updated_at) ON tenant_payment_settings TO portail_staff;--> statement-breakpoint
GRANT INSERT, UPDATE ON tenant_payment_settings TO portail_system;--> statement-breakpoint
-- Operators (every business, audited by core) change the platform fee and nothing else.
GRANT UPDATE (platform_fee_bps, platform_fee_fixed_cents) ON tenant_payment_settings TO portail_operator;--> statement-breakpoint
-- Stripe webhooks resolve an account to its business; the reconciliation lists the accounts.
GRANT SELECT (tenant_id, stripe_account_id) ON tenant_payment_settings TO portail_payment_webhook;--> statement-breakpoint
GRANT SELECT (tenant_id, stripe_account_id, charges_enabled) ON tenant_payment_settings
  TO portail_payment_reconcile;--> statement-breakpoint

-- Stripe's mirrors (customers, saved cards, checkout sessions): written by the payment flows and
-- webhooks as the system actor; staff and the client (its own rows, by policy) read them.
GRANT SELECT ON billing_customers, saved_cards, checkout_sessions TO portail_staff, portail_client;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON billing_customers, saved_cards, checkout_sessions TO portail_system;--> statement-breakpoint

-- Money records: staff and the system actor write them; a client reads its own (issued invoices
-- and their lines, payments, refunds, credits, subscriptions) and writes nothing. No DELETE but a
-- staff draft's (below): an issued invoice is voided or credited, a payment refunded.
GRANT SELECT, INSERT, UPDATE ON invoices, invoice_lines, payments, refunds, client_credits, payment_plans,
  plan_subscriptions TO portail_staff, portail_system;--> statement-breakpoint
GRANT SELECT ON invoices, invoice_lines, payments, refunds, client_credits, payment_plans, plan_subscriptions
  TO portail_client;--> statement-breakpoint
-- Visitors read the active plans of the business (policy): the portal's plans page.
GRANT SELECT ON payment_plans TO portail_public;--> statement-breakpoint

-- Staff discard a draft invoice or rewrite a draft's lines. The triggers keep DELETE to drafts and
-- an issued invoice's lines as they were issued (a cascade from a deleted draft or business, at
-- trigger depth > 1, passes). Lines may be inserted into an invoice created already issued (a
-- deposit's invoice is written issued and paid in one transaction).
GRANT DELETE ON invoices, invoice_lines TO portail_staff;--> statement-breakpoint
CREATE FUNCTION portail_private.refuse_issued_invoice_deletion() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF pg_catalog.pg_trigger_depth() = 1 AND OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'an issued invoice is voided or credited, not deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.refuse_issued_invoice_deletion() OWNER TO portail_owner;--> statement-breakpoint
CREATE TRIGGER invoices_delete_drafts_only BEFORE DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION portail_private.refuse_issued_invoice_deletion();--> statement-breakpoint
CREATE FUNCTION portail_private.refuse_issued_line_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF pg_catalog.pg_trigger_depth() = 1 AND EXISTS (
    SELECT FROM public.invoices i WHERE i.tenant_id = OLD.tenant_id AND i.id = OLD.invoice_id AND i.status <> 'draft'
  ) THEN
    RAISE EXCEPTION 'the lines of an issued invoice do not change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.refuse_issued_line_change() OWNER TO portail_owner;--> statement-breakpoint
CREATE TRIGGER invoice_lines_issued_unchanged BEFORE UPDATE OR DELETE ON invoice_lines FOR EACH ROW EXECUTE FUNCTION portail_private.refuse_issued_line_change();--> statement-breakpoint

-- Stripe events: the system actor records its business's events (insert … on conflict do nothing:
-- a replay changes nothing); staff read them. The webhook actor reads and records the platform
-- tenant's rows only (policy), nothing else.
GRANT SELECT, INSERT, UPDATE ON stripe_events TO portail_system;--> statement-breakpoint
GRANT SELECT ON stripe_events TO portail_staff;--> statement-breakpoint
GRANT SELECT, INSERT ON stripe_events TO portail_payment_webhook;
