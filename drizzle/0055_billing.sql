CREATE TYPE "public"."checkout_mode" AS ENUM('payment', 'setup');--> statement-breakpoint
CREATE TYPE "public"."checkout_status" AS ENUM('open', 'complete', 'expired');--> statement-breakpoint
CREATE TYPE "public"."credit_status" AS ENUM('available', 'applied', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."invoice_kind" AS ENUM('invoice', 'credit_note');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('draft', 'issued', 'partly_paid', 'paid', 'void');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('card', 'cash', 'etransfer', 'cheque', 'other');--> statement-breakpoint
CREATE TYPE "public"."payment_purpose" AS ENUM('deposit', 'full', 'invoice', 'cancellation_fee', 'subscription');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."stripe_event_outcome" AS ENUM('applied', 'ignored', 'unknown_account', 'refused', 'duplicate_object');--> statement-breakpoint
CREATE TABLE "tenant_payment_settings" (
	"tenant_id" uuid NOT NULL,
	"stripe_account_id" text,
	"charges_enabled" boolean DEFAULT false NOT NULL,
	"payouts_enabled" boolean DEFAULT false NOT NULL,
	"details_submitted" boolean DEFAULT false NOT NULL,
	"card_payments" text DEFAULT 'inactive' NOT NULL,
	"requirements_due" text[] DEFAULT '{}'::text[] NOT NULL,
	"disabled_reason" text,
	"account_updated_at" timestamp with time zone,
	"platform_fee_bps" integer,
	"platform_fee_fixed_cents" integer,
	"tax_province" text DEFAULT 'QC' NOT NULL,
	"gst_hst_number" text,
	"qst_number" text,
	"pst_number" text,
	"invoice_terms_days" integer DEFAULT 30 NOT NULL,
	"invoice_notes_fr" text,
	"invoice_notes_en" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_payment_settings_pkey" PRIMARY KEY("tenant_id"),
	CONSTRAINT "tenant_payment_settings_stripe_account" UNIQUE("tenant_id","stripe_account_id"),
	CONSTRAINT "tenant_payment_settings_card_payments" CHECK ("tenant_payment_settings"."card_payments" in ('active', 'inactive', 'pending')),
	CONSTRAINT "tenant_payment_settings_fees" CHECK (coalesce("tenant_payment_settings"."platform_fee_bps", 0) between 0 and 10000 and coalesce("tenant_payment_settings"."platform_fee_fixed_cents", 0) between 0 and 10000),
	CONSTRAINT "tenant_payment_settings_tax_province" CHECK ("tenant_payment_settings"."tax_province" in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
	CONSTRAINT "tenant_payment_settings_terms" CHECK ("tenant_payment_settings"."invoice_terms_days" between 0 and 365),
	CONSTRAINT "tenant_payment_settings_text_lengths" CHECK (coalesce(length("tenant_payment_settings"."gst_hst_number"), 0) <= 40 and coalesce(length("tenant_payment_settings"."qst_number"), 0) <= 40
        and coalesce(length("tenant_payment_settings"."pst_number"), 0) <= 40 and coalesce(length("tenant_payment_settings"."invoice_notes_fr"), 0) <= 2000
        and coalesce(length("tenant_payment_settings"."invoice_notes_en"), 0) <= 2000)
);
--> statement-breakpoint
ALTER TABLE "tenant_payment_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing_customers" (
	"tenant_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"stripe_customer_id" text NOT NULL,
	"default_payment_method_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_customers_pkey" PRIMARY KEY("tenant_id","client_id"),
	CONSTRAINT "billing_customers_stripe_customer" UNIQUE("tenant_id","stripe_customer_id")
);
--> statement-breakpoint
ALTER TABLE "billing_customers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "saved_cards" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"stripe_payment_method_id" text NOT NULL,
	"brand" text NOT NULL,
	"last4" text NOT NULL,
	"exp_month" integer NOT NULL,
	"exp_year" integer NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "saved_cards_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "saved_cards_stripe_payment_method" UNIQUE("tenant_id","stripe_payment_method_id"),
	CONSTRAINT "saved_cards_last4" CHECK ("saved_cards"."last4" ~ '^[0-9]{4}$'),
	CONSTRAINT "saved_cards_expiry" CHECK ("saved_cards"."exp_month" between 1 and 12 and "saved_cards"."exp_year" between 2000 and 2200),
	CONSTRAINT "saved_cards_brand" CHECK (length("saved_cards"."brand") between 1 and 40)
);
--> statement-breakpoint
ALTER TABLE "saved_cards" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"tenant_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"client_id" uuid NOT NULL,
	"description_fr" text NOT NULL,
	"description_en" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_cents" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"taxable" boolean DEFAULT true NOT NULL,
	"pst_applies" boolean DEFAULT false NOT NULL,
	"kind" text NOT NULL,
	"booking_id" uuid,
	CONSTRAINT "invoice_lines_pkey" PRIMARY KEY("tenant_id","invoice_id","position"),
	CONSTRAINT "invoice_lines_position" CHECK ("invoice_lines"."position" between 1 and 500),
	CONSTRAINT "invoice_lines_descriptions" CHECK (length("invoice_lines"."description_fr") between 1 and 500 and length("invoice_lines"."description_en") between 1 and 500),
	CONSTRAINT "invoice_lines_quantity" CHECK ("invoice_lines"."quantity" between 1 and 1000),
	CONSTRAINT "invoice_lines_amount" CHECK ("invoice_lines"."amount_cents" = "invoice_lines"."quantity" * "invoice_lines"."unit_cents" and abs("invoice_lines"."unit_cents") <= 10000000),
	CONSTRAINT "invoice_lines_kind" CHECK ("invoice_lines"."kind" in ('service', 'option', 'fee', 'deposit_applied', 'custom', 'plan'))
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "invoices" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"booking_id" uuid,
	"kind" "invoice_kind" DEFAULT 'invoice' NOT NULL,
	"credits_invoice_id" uuid,
	"status" "invoice_status" DEFAULT 'draft' NOT NULL,
	"number" integer,
	"source" text NOT NULL,
	"currency" text DEFAULT 'CAD' NOT NULL,
	"language" text NOT NULL,
	"place_of_supply" text NOT NULL,
	"issue_date" date,
	"due_date" date,
	"subtotal_cents" integer NOT NULL,
	"tax_cents" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"taxes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seller" jsonb,
	"buyer" jsonb,
	"notes" text,
	"stripe_invoice_id" text,
	"issued_at" timestamp with time zone,
	"issued_by_user_id" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "invoices_number" UNIQUE("tenant_id","kind","number"),
	CONSTRAINT "invoices_client_key" UNIQUE("tenant_id","id","client_id"),
	CONSTRAINT "invoices_stripe_invoice" UNIQUE("tenant_id","stripe_invoice_id"),
	CONSTRAINT "invoices_number_when_issued" CHECK (("invoices"."number" is null) = ("invoices"."status" = 'draft') and coalesce("invoices"."number", 1) > 0),
	CONSTRAINT "invoices_credits" CHECK (("invoices"."credits_invoice_id" is not null) = ("invoices"."kind" = 'credit_note')),
	CONSTRAINT "invoices_source" CHECK ("invoices"."source" in ('staff', 'booking', 'deposit', 'subscription', 'cancellation_fee', 'refund')),
	CONSTRAINT "invoices_currency" CHECK ("invoices"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "invoices_language" CHECK ("invoices"."language" in ('fr', 'en', 'fr-en')),
	CONSTRAINT "invoices_place_of_supply" CHECK ("invoices"."place_of_supply" in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
	CONSTRAINT "invoices_total" CHECK ("invoices"."total_cents" = "invoices"."subtotal_cents" + "invoices"."tax_cents"),
	CONSTRAINT "invoices_amount_bounds" CHECK (abs("invoices"."total_cents") <= 100000000 and abs("invoices"."subtotal_cents") <= 100000000 and abs("invoices"."tax_cents") <= 100000000
        and "invoices"."paid_cents" between 0 and 100000000),
	CONSTRAINT "invoices_due_after_issue" CHECK ("invoices"."due_date" is null or "invoices"."issue_date" is null or "invoices"."due_date" >= "invoices"."issue_date"),
	CONSTRAINT "invoices_void" CHECK (("invoices"."status" = 'void') = ("invoices"."voided_at" is not null)),
	CONSTRAINT "invoices_text_lengths" CHECK (coalesce(length("invoices"."notes"), 0) <= 2000 and coalesce(length("invoices"."void_reason"), 0) <= 500)
);
--> statement-breakpoint
ALTER TABLE "invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "client_credits" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"source_payment_id" uuid NOT NULL,
	"booking_id" uuid,
	"amount_cents" integer NOT NULL,
	"remaining_cents" integer NOT NULL,
	"status" "credit_status" DEFAULT 'available' NOT NULL,
	"applied_invoice_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_credits_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "client_credits_amount" CHECK ("client_credits"."amount_cents" > 0 and "client_credits"."amount_cents" <= 10000000),
	CONSTRAINT "client_credits_remaining" CHECK ("client_credits"."remaining_cents" between 0 and "client_credits"."amount_cents")
);
--> statement-breakpoint
ALTER TABLE "client_credits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"invoice_id" uuid,
	"booking_id" uuid,
	"purpose" "payment_purpose" NOT NULL,
	"method" "payment_method" NOT NULL,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"amount_cents" integer NOT NULL,
	"refunded_cents" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'CAD' NOT NULL,
	"application_fee_cents" integer DEFAULT 0 NOT NULL,
	"stripe_payment_intent_id" text,
	"stripe_checkout_session_id" text,
	"card_brand" text,
	"card_last4" text,
	"failure_code" text,
	"failure_message" text,
	"received_at" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"note" text,
	"receipt_number" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "payments_stripe_payment_intent" UNIQUE("tenant_id","stripe_payment_intent_id"),
	CONSTRAINT "payments_receipt_number" UNIQUE("tenant_id","receipt_number"),
	CONSTRAINT "payments_amount" CHECK ("payments"."amount_cents" > 0 and "payments"."amount_cents" <= 10000000),
	CONSTRAINT "payments_refunded" CHECK ("payments"."refunded_cents" between 0 and "payments"."amount_cents"),
	CONSTRAINT "payments_application_fee" CHECK ("payments"."application_fee_cents" between 0 and "payments"."amount_cents"),
	CONSTRAINT "payments_currency" CHECK ("payments"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payments_card_last4" CHECK ("payments"."card_last4" is null or "payments"."card_last4" ~ '^[0-9]{4}$'),
	CONSTRAINT "payments_receipt_number_positive" CHECK ("payments"."receipt_number" is null or "payments"."receipt_number" > 0),
	CONSTRAINT "payments_received" CHECK ("payments"."status" <> 'succeeded' or "payments"."received_at" is not null),
	CONSTRAINT "payments_text_lengths" CHECK (coalesce(length("payments"."note"), 0) <= 2000 and coalesce(length("payments"."failure_message"), 0) <= 2000
        and coalesce(length("payments"."failure_code"), 0) <= 200 and coalesce(length("payments"."card_brand"), 0) <= 40)
);
--> statement-breakpoint
ALTER TABLE "payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "refunds" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"payment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"credit_note_id" uuid,
	"amount_cents" integer NOT NULL,
	"reason" text NOT NULL,
	"status" "refund_status" DEFAULT 'pending' NOT NULL,
	"stripe_refund_id" text,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "refunds_stripe_refund" UNIQUE("tenant_id","stripe_refund_id"),
	CONSTRAINT "refunds_amount" CHECK ("refunds"."amount_cents" > 0 and "refunds"."amount_cents" <= 10000000),
	CONSTRAINT "refunds_reason" CHECK (length("refunds"."reason") between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "refunds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "checkout_sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"booking_id" uuid,
	"invoice_id" uuid,
	"mode" "checkout_mode" NOT NULL,
	"purpose" "payment_purpose",
	"amount_cents" integer DEFAULT 0 NOT NULL,
	"application_fee_cents" integer DEFAULT 0 NOT NULL,
	"status" "checkout_status" DEFAULT 'open' NOT NULL,
	"stripe_session_id" text,
	"url" text,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkout_sessions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "checkout_sessions_stripe_session" UNIQUE("tenant_id","stripe_session_id"),
	CONSTRAINT "checkout_sessions_mode" CHECK (("checkout_sessions"."mode" = 'payment') = ("checkout_sessions"."purpose" is not null)
        and ("checkout_sessions"."mode" = 'payment') = ("checkout_sessions"."amount_cents" > 0)),
	CONSTRAINT "checkout_sessions_amounts" CHECK ("checkout_sessions"."amount_cents" between 0 and 10000000 and "checkout_sessions"."application_fee_cents" between 0 and "checkout_sessions"."amount_cents"),
	CONSTRAINT "checkout_sessions_url" CHECK ("checkout_sessions"."url" is null or length("checkout_sessions"."url") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "checkout_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payment_plans" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"amount_cents" integer NOT NULL,
	"interval" text NOT NULL,
	"interval_count" integer DEFAULT 1 NOT NULL,
	"service_id" uuid,
	"season_start_month" integer,
	"season_end_month" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_plans_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "payment_plans_names" CHECK (length("payment_plans"."name_fr") between 1 and 120 and length("payment_plans"."name_en") between 1 and 120),
	CONSTRAINT "payment_plans_descriptions" CHECK (length("payment_plans"."description_fr") <= 2000 and length("payment_plans"."description_en") <= 2000),
	CONSTRAINT "payment_plans_amount" CHECK ("payment_plans"."amount_cents" between 1 and 10000000),
	CONSTRAINT "payment_plans_interval" CHECK ("payment_plans"."interval" in ('week', 'month') and "payment_plans"."interval_count" between 1 and 12),
	CONSTRAINT "payment_plans_season" CHECK (("payment_plans"."season_start_month" is null) = ("payment_plans"."season_end_month" is null)
        and coalesce("payment_plans"."season_start_month", 1) between 1 and 12 and coalesce("payment_plans"."season_end_month", 1) between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "payment_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plan_subscriptions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"plan_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"stripe_subscription_id" text,
	"status" text DEFAULT 'incomplete' NOT NULL,
	"amount_cents" integer NOT NULL,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"payment_failed_at" timestamp with time zone,
	"status_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_subscriptions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "plan_subscriptions_stripe_subscription" UNIQUE("tenant_id","stripe_subscription_id"),
	CONSTRAINT "plan_subscriptions_status" CHECK ("plan_subscriptions"."status" in ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')),
	CONSTRAINT "plan_subscriptions_amount" CHECK ("plan_subscriptions"."amount_cents" between 1 and 20000000)
);
--> statement-breakpoint
ALTER TABLE "plan_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"tenant_id" uuid NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"account" text,
	"outcome" "stripe_event_outcome" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_events_pkey" PRIMARY KEY("tenant_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "stripe_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenant_payment_settings" ADD CONSTRAINT "tenant_payment_settings_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_customers" ADD CONSTRAINT "billing_customers_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_customers" ADD CONSTRAINT "billing_customers_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_cards" ADD CONSTRAINT "saved_cards_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_cards" ADD CONSTRAINT "saved_cards_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_fk" FOREIGN KEY ("tenant_id","invoice_id","client_id") REFERENCES "public"."invoices"("tenant_id","id","client_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_booking_fk" FOREIGN KEY ("tenant_id","booking_id") REFERENCES "public"."bookings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_booking_fk" FOREIGN KEY ("tenant_id","booking_id") REFERENCES "public"."bookings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credits_invoice_fk" FOREIGN KEY ("tenant_id","credits_invoice_id") REFERENCES "public"."invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_credits" ADD CONSTRAINT "client_credits_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_credits" ADD CONSTRAINT "client_credits_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_credits" ADD CONSTRAINT "client_credits_source_payment_fk" FOREIGN KEY ("tenant_id","source_payment_id") REFERENCES "public"."payments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_credits" ADD CONSTRAINT "client_credits_booking_fk" FOREIGN KEY ("tenant_id","booking_id") REFERENCES "public"."bookings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_credits" ADD CONSTRAINT "client_credits_applied_invoice_fk" FOREIGN KEY ("tenant_id","applied_invoice_id") REFERENCES "public"."invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_fk" FOREIGN KEY ("tenant_id","invoice_id") REFERENCES "public"."invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_booking_fk" FOREIGN KEY ("tenant_id","booking_id") REFERENCES "public"."bookings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_fk" FOREIGN KEY ("tenant_id","payment_id") REFERENCES "public"."payments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_credit_note_fk" FOREIGN KEY ("tenant_id","credit_note_id") REFERENCES "public"."invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_booking_fk" FOREIGN KEY ("tenant_id","booking_id") REFERENCES "public"."bookings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD CONSTRAINT "checkout_sessions_invoice_fk" FOREIGN KEY ("tenant_id","invoice_id") REFERENCES "public"."invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_plans" ADD CONSTRAINT "payment_plans_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_plans" ADD CONSTRAINT "payment_plans_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_subscriptions" ADD CONSTRAINT "plan_subscriptions_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_subscriptions" ADD CONSTRAINT "plan_subscriptions_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."payment_plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_subscriptions" ADD CONSTRAINT "plan_subscriptions_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenant_payment_settings_account_idx" ON "tenant_payment_settings" USING btree ("stripe_account_id") WHERE "tenant_payment_settings"."stripe_account_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_cards_one_default" ON "saved_cards" USING btree ("tenant_id","client_id") WHERE "saved_cards"."is_default" and "saved_cards"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "invoices_client_status_idx" ON "invoices" USING btree ("tenant_id","client_id","status");--> statement-breakpoint
CREATE INDEX "invoices_status_issue_date_idx" ON "invoices" USING btree ("tenant_id","status","issue_date");--> statement-breakpoint
CREATE INDEX "invoices_booking_idx" ON "invoices" USING btree ("tenant_id","booking_id") WHERE "invoices"."booking_id" is not null;--> statement-breakpoint
CREATE INDEX "client_credits_client_idx" ON "client_credits" USING btree ("tenant_id","client_id","status");--> statement-breakpoint
CREATE INDEX "payments_client_idx" ON "payments" USING btree ("tenant_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("tenant_id","invoice_id") WHERE "payments"."invoice_id" is not null;--> statement-breakpoint
CREATE INDEX "payments_booking_idx" ON "payments" USING btree ("tenant_id","booking_id") WHERE "payments"."booking_id" is not null;--> statement-breakpoint
CREATE INDEX "refunds_payment_idx" ON "refunds" USING btree ("tenant_id","payment_id");--> statement-breakpoint
CREATE INDEX "checkout_sessions_booking_idx" ON "checkout_sessions" USING btree ("tenant_id","booking_id");--> statement-breakpoint
CREATE INDEX "plan_subscriptions_client_idx" ON "plan_subscriptions" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE POLICY "tenant_payment_settings_staff" ON "tenant_payment_settings" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("tenant_payment_settings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("tenant_payment_settings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "tenant_payment_settings_system" ON "tenant_payment_settings" AS PERMISSIVE FOR ALL TO "portail_system" USING ("tenant_payment_settings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("tenant_payment_settings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "tenant_payment_settings_operator" ON "tenant_payment_settings" AS PERMISSIVE FOR ALL TO "portail_operator" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_payment_settings_payment_webhook" ON "tenant_payment_settings" AS PERMISSIVE FOR ALL TO "portail_payment_webhook" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_payment_settings_payment_reconcile" ON "tenant_payment_settings" AS PERMISSIVE FOR ALL TO "portail_payment_reconcile" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "billing_customers_staff" ON "billing_customers" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("billing_customers"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("billing_customers"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "billing_customers_system" ON "billing_customers" AS PERMISSIVE FOR ALL TO "portail_system" USING ("billing_customers"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("billing_customers"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "billing_customers_client" ON "billing_customers" AS PERMISSIVE FOR ALL TO "portail_client" USING ("billing_customers"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "billing_customers"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("billing_customers"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "billing_customers"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "saved_cards_staff" ON "saved_cards" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("saved_cards"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("saved_cards"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "saved_cards_system" ON "saved_cards" AS PERMISSIVE FOR ALL TO "portail_system" USING ("saved_cards"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("saved_cards"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "saved_cards_client" ON "saved_cards" AS PERMISSIVE FOR ALL TO "portail_client" USING ("saved_cards"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "saved_cards"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("saved_cards"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "saved_cards"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "invoice_lines_staff" ON "invoice_lines" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("invoice_lines"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("invoice_lines"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "invoice_lines_system" ON "invoice_lines" AS PERMISSIVE FOR ALL TO "portail_system" USING ("invoice_lines"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("invoice_lines"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "invoice_lines_client" ON "invoice_lines" AS PERMISSIVE FOR ALL TO "portail_client" USING ("invoice_lines"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "invoice_lines"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid) and exists (select from invoices i where i.tenant_id = "invoice_lines"."tenant_id" and i.id = "invoice_lines"."invoice_id" and i.status <> 'draft')) WITH CHECK ("invoice_lines"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "invoice_lines"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid) and exists (select from invoices i where i.tenant_id = "invoice_lines"."tenant_id" and i.id = "invoice_lines"."invoice_id" and i.status <> 'draft'));--> statement-breakpoint
CREATE POLICY "invoices_staff" ON "invoices" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("invoices"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("invoices"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "invoices_system" ON "invoices" AS PERMISSIVE FOR ALL TO "portail_system" USING ("invoices"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("invoices"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "invoices_client" ON "invoices" AS PERMISSIVE FOR ALL TO "portail_client" USING ("invoices"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "invoices"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid) and "invoices"."status" <> 'draft') WITH CHECK ("invoices"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "invoices"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid) and "invoices"."status" <> 'draft');--> statement-breakpoint
CREATE POLICY "client_credits_staff" ON "client_credits" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("client_credits"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("client_credits"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "client_credits_system" ON "client_credits" AS PERMISSIVE FOR ALL TO "portail_system" USING ("client_credits"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("client_credits"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "client_credits_client" ON "client_credits" AS PERMISSIVE FOR ALL TO "portail_client" USING ("client_credits"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "client_credits"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("client_credits"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "client_credits"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "payments_staff" ON "payments" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("payments"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("payments"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "payments_system" ON "payments" AS PERMISSIVE FOR ALL TO "portail_system" USING ("payments"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("payments"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "payments_client" ON "payments" AS PERMISSIVE FOR ALL TO "portail_client" USING ("payments"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "payments"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("payments"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "payments"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "refunds_staff" ON "refunds" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("refunds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("refunds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "refunds_system" ON "refunds" AS PERMISSIVE FOR ALL TO "portail_system" USING ("refunds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("refunds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "refunds_client" ON "refunds" AS PERMISSIVE FOR ALL TO "portail_client" USING ("refunds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "refunds"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("refunds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "refunds"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "checkout_sessions_staff" ON "checkout_sessions" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("checkout_sessions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("checkout_sessions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "checkout_sessions_system" ON "checkout_sessions" AS PERMISSIVE FOR ALL TO "portail_system" USING ("checkout_sessions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("checkout_sessions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "checkout_sessions_client" ON "checkout_sessions" AS PERMISSIVE FOR ALL TO "portail_client" USING ("checkout_sessions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "checkout_sessions"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("checkout_sessions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "checkout_sessions"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "payment_plans_staff" ON "payment_plans" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "payment_plans_system" ON "payment_plans" AS PERMISSIVE FOR ALL TO "portail_system" USING ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "payment_plans_client" ON "payment_plans" AS PERMISSIVE FOR ALL TO "portail_client" USING ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "payment_plans"."active") WITH CHECK ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "payment_plans"."active");--> statement-breakpoint
CREATE POLICY "payment_plans_public" ON "payment_plans" AS PERMISSIVE FOR ALL TO "portail_public" USING ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "payment_plans"."active") WITH CHECK ("payment_plans"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "payment_plans"."active");--> statement-breakpoint
CREATE POLICY "plan_subscriptions_staff" ON "plan_subscriptions" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("plan_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("plan_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "plan_subscriptions_system" ON "plan_subscriptions" AS PERMISSIVE FOR ALL TO "portail_system" USING ("plan_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("plan_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "plan_subscriptions_client" ON "plan_subscriptions" AS PERMISSIVE FOR ALL TO "portail_client" USING ("plan_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "plan_subscriptions"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("plan_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "plan_subscriptions"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "stripe_events_system" ON "stripe_events" AS PERMISSIVE FOR ALL TO "portail_system" USING ("stripe_events"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("stripe_events"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "stripe_events_payment_webhook" ON "stripe_events" AS PERMISSIVE FOR ALL TO "portail_payment_webhook" USING ("stripe_events"."tenant_id" = '00000000-0000-0000-0000-000000000000'::uuid) WITH CHECK ("stripe_events"."tenant_id" = '00000000-0000-0000-0000-000000000000'::uuid);--> statement-breakpoint
CREATE POLICY "stripe_events_staff" ON "stripe_events" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("stripe_events"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("stripe_events"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));