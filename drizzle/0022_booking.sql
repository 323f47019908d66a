CREATE TYPE "public"."booking_status" AS ENUM('pending_payment', 'confirmed', 'cancelled', 'completed', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."payment_rule" AS ENUM('none', 'deposit', 'full');--> statement-breakpoint
CREATE TYPE "public"."schedule_override_kind" AS ENUM('closed', 'extra');--> statement-breakpoint
CREATE TABLE "service_options" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"service_id" uuid NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"extra_minutes" integer DEFAULT 0 NOT NULL,
	"extra_price_cents" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_options_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "service_options_extra" CHECK ("service_options"."extra_minutes" between 0 and 480 and "service_options"."extra_price_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "service_options" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "services" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"duration_minutes" integer NOT NULL,
	"price_cents" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'CAD' NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"payment_rule" "payment_rule" DEFAULT 'none' NOT NULL,
	"deposit_cents" integer,
	"active" boolean DEFAULT true NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "services_duration" CHECK ("services"."duration_minutes" between 5 and 1440),
	CONSTRAINT "services_price" CHECK ("services"."price_cents" >= 0),
	CONSTRAINT "services_currency" CHECK ("services"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "services_buffers" CHECK ("services"."buffer_before_minutes" between 0 and 240 and "services"."buffer_after_minutes" between 0 and 240),
	CONSTRAINT "services_deposit" CHECK (("services"."payment_rule" = 'deposit') = ("services"."deposit_cents" is not null) and coalesce("services"."deposit_cents", 0) between 0 and "services"."price_cents")
);
--> statement-breakpoint
ALTER TABLE "services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "staff_services" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"membership_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_services_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_services_pair_key" UNIQUE("tenant_id","membership_id","service_id")
);
--> statement-breakpoint
ALTER TABLE "staff_services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "schedule_overrides" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"membership_id" uuid,
	"on_date" date NOT NULL,
	"kind" "schedule_override_kind" NOT NULL,
	"start_time" time,
	"end_time" time,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_overrides_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "schedule_overrides_span" CHECK (("schedule_overrides"."start_time" is null) = ("schedule_overrides"."end_time" is null) and coalesce("schedule_overrides"."start_time" < "schedule_overrides"."end_time", true) and ("schedule_overrides"."kind" = 'closed' or "schedule_overrides"."start_time" is not null))
);
--> statement-breakpoint
ALTER TABLE "schedule_overrides" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "working_hours" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"membership_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "working_hours_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "working_hours_weekday" CHECK ("working_hours"."weekday" between 1 and 7),
	CONSTRAINT "working_hours_span" CHECK ("working_hours"."start_time" < "working_hours"."end_time")
);
--> statement-breakpoint
ALTER TABLE "working_hours" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "bookings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"blocked_from" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"status" "booking_status" NOT NULL,
	"price_cents" integer NOT NULL,
	"currency" text DEFAULT 'CAD' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"service_address" jsonb,
	"notes" text,
	"locale" "locale" NOT NULL,
	"idempotency_key" text NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"reschedule_count" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "bookings_idempotency_key" UNIQUE("tenant_id","client_id","idempotency_key"),
	CONSTRAINT "bookings_span" CHECK ("bookings"."starts_at" < "bookings"."ends_at"),
	CONSTRAINT "bookings_blocked" CHECK ("bookings"."buffer_before_minutes" >= 0 and "bookings"."buffer_after_minutes" >= 0
        and "bookings"."blocked_from" = "bookings"."starts_at" - make_interval(mins => "bookings"."buffer_before_minutes")
        and "bookings"."blocked_until" = "bookings"."ends_at" + make_interval(mins => "bookings"."buffer_after_minutes")),
	CONSTRAINT "bookings_price" CHECK ("bookings"."price_cents" >= 0 and "bookings"."reschedule_count" >= 0),
	CONSTRAINT "bookings_idempotency_key_length" CHECK (length("bookings"."idempotency_key") between 8 and 128)
);
--> statement-breakpoint
ALTER TABLE "bookings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_min_notice_minutes" integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_max_advance_days" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_slot_interval_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_free_cancel_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_late_cancel_fee_percent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_late_cancel_keeps_deposit" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "booking_max_reschedules" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_options" ADD CONSTRAINT "service_options_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_membership_fk" FOREIGN KEY ("tenant_id","membership_id") REFERENCES "public"."memberships"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_overrides" ADD CONSTRAINT "schedule_overrides_membership_fk" FOREIGN KEY ("tenant_id","membership_id") REFERENCES "public"."memberships"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_hours" ADD CONSTRAINT "working_hours_membership_fk" FOREIGN KEY ("tenant_id","membership_id") REFERENCES "public"."memberships"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_membership_fk" FOREIGN KEY ("tenant_id","membership_id") REFERENCES "public"."memberships"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_options_service_idx" ON "service_options" USING btree ("tenant_id","service_id","display_order");--> statement-breakpoint
CREATE INDEX "services_tenant_order_idx" ON "services" USING btree ("tenant_id","display_order","id");--> statement-breakpoint
CREATE INDEX "staff_services_service_idx" ON "staff_services" USING btree ("tenant_id","service_id");--> statement-breakpoint
CREATE INDEX "schedule_overrides_date_idx" ON "schedule_overrides" USING btree ("tenant_id","on_date");--> statement-breakpoint
CREATE INDEX "working_hours_membership_idx" ON "working_hours" USING btree ("tenant_id","membership_id","weekday");--> statement-breakpoint
CREATE INDEX "bookings_staff_time_idx" ON "bookings" USING btree ("tenant_id","membership_id","blocked_from");--> statement-breakpoint
CREATE INDEX "bookings_client_idx" ON "bookings" USING btree ("tenant_id","client_id","starts_at");--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_booking_settings" CHECK ("tenants"."booking_min_notice_minutes" between 0 and 43200 and "tenants"."booking_max_advance_days" between 1 and 730
        and "tenants"."booking_slot_interval_minutes" between 5 and 240 and "tenants"."booking_free_cancel_hours" between 0 and 720
        and "tenants"."booking_late_cancel_fee_percent" between 0 and 100 and "tenants"."booking_max_reschedules" between 0 and 20);--> statement-breakpoint
CREATE POLICY "service_options_public" ON "service_options" AS PERMISSIVE FOR ALL TO "portail_public" USING ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "service_options"."active") WITH CHECK ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "service_options"."active");--> statement-breakpoint
CREATE POLICY "service_options_client" ON "service_options" AS PERMISSIVE FOR ALL TO "portail_client" USING ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "service_options"."active") WITH CHECK ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "service_options"."active");--> statement-breakpoint
CREATE POLICY "service_options_staff" ON "service_options" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "service_options_system" ON "service_options" AS PERMISSIVE FOR ALL TO "portail_system" USING ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("service_options"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "services_public" ON "services" AS PERMISSIVE FOR ALL TO "portail_public" USING ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "services"."active") WITH CHECK ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "services"."active");--> statement-breakpoint
CREATE POLICY "services_client" ON "services" AS PERMISSIVE FOR ALL TO "portail_client" USING ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "services"."active") WITH CHECK ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "services"."active");--> statement-breakpoint
CREATE POLICY "services_staff" ON "services" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "services_system" ON "services" AS PERMISSIVE FOR ALL TO "portail_system" USING ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_services_public" ON "staff_services" AS PERMISSIVE FOR ALL TO "portail_public" USING ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_services_client" ON "staff_services" AS PERMISSIVE FOR ALL TO "portail_client" USING ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_services_staff" ON "staff_services" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_services_system" ON "staff_services" AS PERMISSIVE FOR ALL TO "portail_system" USING ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_services"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "schedule_overrides_public" ON "schedule_overrides" AS PERMISSIVE FOR ALL TO "portail_public" USING ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "schedule_overrides_client" ON "schedule_overrides" AS PERMISSIVE FOR ALL TO "portail_client" USING ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "schedule_overrides_staff" ON "schedule_overrides" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "schedule_overrides_system" ON "schedule_overrides" AS PERMISSIVE FOR ALL TO "portail_system" USING ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("schedule_overrides"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "working_hours_public" ON "working_hours" AS PERMISSIVE FOR ALL TO "portail_public" USING ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "working_hours_client" ON "working_hours" AS PERMISSIVE FOR ALL TO "portail_client" USING ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "working_hours_staff" ON "working_hours" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "working_hours_system" ON "working_hours" AS PERMISSIVE FOR ALL TO "portail_system" USING ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("working_hours"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "bookings_public" ON "bookings" AS PERMISSIVE FOR ALL TO "portail_public" USING ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "bookings"."status" in ('pending_payment', 'confirmed')) WITH CHECK ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "bookings"."status" in ('pending_payment', 'confirmed'));--> statement-breakpoint
CREATE POLICY "bookings_client" ON "bookings" AS PERMISSIVE FOR ALL TO "portail_client" USING ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "bookings"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "bookings"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "bookings_staff" ON "bookings" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "bookings_system" ON "bookings" AS PERMISSIVE FOR ALL TO "portail_system" USING ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("bookings"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));