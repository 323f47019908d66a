CREATE TABLE "booking_series" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"option_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"frequency" text NOT NULL,
	"first_starts_at" timestamp with time zone NOT NULL,
	"until_date" date NOT NULL,
	"time_zone" text NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_series_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "booking_series_idempotency_key" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "booking_series_frequency" CHECK ("booking_series"."frequency" in ('weekly', 'biweekly', 'monthly')),
	CONSTRAINT "booking_series_idempotency_key_length" CHECK (length("booking_series"."idempotency_key") between 8 and 128)
);
--> statement-breakpoint
ALTER TABLE "booking_series" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "staff_calendar_feeds" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"membership_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "staff_calendar_feeds_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_calendar_feeds_token_hash" UNIQUE("tenant_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "staff_calendar_feeds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_membership_fk" FOREIGN KEY ("tenant_id","membership_id") REFERENCES "public"."memberships"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_calendar_feeds" ADD CONSTRAINT "staff_calendar_feeds_membership_fk" FOREIGN KEY ("tenant_id","membership_id") REFERENCES "public"."memberships"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_calendar_feeds_live" ON "staff_calendar_feeds" USING btree ("tenant_id","membership_id") WHERE "staff_calendar_feeds"."revoked_at" is null;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_series_fk" FOREIGN KEY ("tenant_id","series_id") REFERENCES "public"."booking_series"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "booking_series_client" ON "booking_series" AS PERMISSIVE FOR ALL TO "portail_client" USING ("booking_series"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "booking_series"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("booking_series"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "booking_series"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "booking_series_staff" ON "booking_series" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("booking_series"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("booking_series"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "booking_series_system" ON "booking_series" AS PERMISSIVE FOR ALL TO "portail_system" USING ("booking_series"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("booking_series"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_calendar_feeds_staff" ON "staff_calendar_feeds" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("staff_calendar_feeds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "staff_calendar_feeds"."membership_id" in (select m.id from memberships m where m.tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and m.user_id = (select nullif(current_setting('app.user_id', true), '')::uuid))) WITH CHECK ("staff_calendar_feeds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "staff_calendar_feeds"."membership_id" in (select m.id from memberships m where m.tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and m.user_id = (select nullif(current_setting('app.user_id', true), '')::uuid)));--> statement-breakpoint
CREATE POLICY "staff_calendar_feeds_system" ON "staff_calendar_feeds" AS PERMISSIVE FOR ALL TO "portail_system" USING ("staff_calendar_feeds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_calendar_feeds"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));