CREATE TYPE "public"."delivery_channel" AS ENUM('email', 'sms', 'push', 'in_app');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('queued', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'skipped', 'deferred');--> statement-breakpoint
CREATE TYPE "public"."recipient_kind" AS ENUM('client', 'staff');--> statement-breakpoint
CREATE TYPE "public"."workflow_run_status" AS ENUM('queued', 'sleeping', 'running', 'completed', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "workflow_events" (
	"tenant_id" uuid NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_events_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "workflow_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workflow_runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"function_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"stack" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "workflow_run_status" DEFAULT 'queued' NOT NULL,
	"wake_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"output" jsonb,
	"error" text,
	"cancelled_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "workflow_runs_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "workflow_runs_event_key" UNIQUE("tenant_id","function_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "workflow_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "message_deliveries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"channel" "delivery_channel" NOT NULL,
	"template" text NOT NULL,
	"topic" text NOT NULL,
	"recipient_kind" "recipient_kind" NOT NULL,
	"client_id" uuid,
	"user_id" uuid,
	"to_address" text,
	"locale" "locale" NOT NULL,
	"booking_id" uuid,
	"related_type" text,
	"related_id" uuid,
	"status" "delivery_status" DEFAULT 'queued' NOT NULL,
	"skip_reason" text,
	"provider_message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"dedupe_key" text NOT NULL,
	"status_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "message_deliveries_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "message_deliveries_dedupe_key" UNIQUE("tenant_id","channel","dedupe_key"),
	CONSTRAINT "message_deliveries_skip_reason" CHECK ("message_deliveries"."skip_reason" in ('opted_out', 'no_email', 'no_phone', 'no_push_device', 'quiet_hours', 'booking_cancelled', 'booking_moved', 'too_late', 'address_bouncing', 'channel_off'))
);
--> statement-breakpoint
ALTER TABLE "message_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sms_outbox" (
	"id" uuid PRIMARY KEY DEFAULT portail_uuidv7() NOT NULL,
	"tenant_id" uuid,
	"to_phone" text NOT NULL,
	"body" text NOT NULL,
	"locale" "locale" NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"delivery_id" uuid,
	"segments" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "mail_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"provider_message_id" text,
	CONSTRAINT "sms_outbox_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "sms_outbox_to_phone" CHECK ("sms_outbox"."to_phone" ~ '^\+[1-9][0-9]{7,14}$'),
	CONSTRAINT "sms_outbox_segments" CHECK ("sms_outbox"."segments" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "sms_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "provider_webhook_events" (
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_webhook_events_pkey" PRIMARY KEY("provider","event_id")
);
--> statement-breakpoint
ALTER TABLE "provider_webhook_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"recipient_kind" "recipient_kind" NOT NULL,
	"client_id" uuid,
	"user_id" uuid,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"booking_id" uuid,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "notifications_recipient" CHECK (("notifications"."recipient_kind" = 'client' and "notifications"."client_id" is not null) or ("notifications"."recipient_kind" = 'staff' and "notifications"."user_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"recipient_kind" "recipient_kind" NOT NULL,
	"client_id" uuid,
	"user_id" uuid NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"user_agent" text,
	"locale" "locale" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "push_subscriptions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "push_subscriptions_endpoint_key" UNIQUE("tenant_id","endpoint"),
	CONSTRAINT "push_subscriptions_recipient" CHECK ("push_subscriptions"."recipient_kind" = 'staff' or "push_subscriptions"."client_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "push_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "consent_records" DROP CONSTRAINT "consent_records_kind";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "notification_preferences" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "email_bounced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "sms_opted_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "event_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "delivery_id" uuid;--> statement-breakpoint
ALTER TABLE "message_deliveries" ADD CONSTRAINT "message_deliveries_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_user_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workflow_runs_due_idx" ON "workflow_runs" USING btree ("wake_at") WHERE "workflow_runs"."status" in ('queued', 'sleeping');--> statement-breakpoint
CREATE INDEX "workflow_runs_live_idx" ON "workflow_runs" USING btree ("tenant_id","function_id") WHERE "workflow_runs"."status" in ('queued', 'sleeping', 'running');--> statement-breakpoint
CREATE INDEX "workflow_runs_lease_idx" ON "workflow_runs" USING btree ("locked_until") WHERE "workflow_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "message_deliveries_booking_idx" ON "message_deliveries" USING btree ("tenant_id","booking_id","created_at") WHERE "message_deliveries"."booking_id" is not null;--> statement-breakpoint
CREATE INDEX "message_deliveries_client_idx" ON "message_deliveries" USING btree ("tenant_id","client_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "message_deliveries_provider_idx" ON "message_deliveries" USING btree ("provider_message_id") WHERE "message_deliveries"."provider_message_id" is not null;--> statement-breakpoint
CREATE INDEX "sms_outbox_to_idx" ON "sms_outbox" USING btree ("to_phone","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sms_outbox_pending_idx" ON "sms_outbox" USING btree ("next_attempt_at") WHERE "sms_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_client_idx" ON "notifications" USING btree ("tenant_id","client_id","id" DESC NULLS LAST) WHERE "notifications"."recipient_kind" = 'client';--> statement-breakpoint
CREATE INDEX "notifications_staff_idx" ON "notifications" USING btree ("tenant_id","user_id","id" DESC NULLS LAST) WHERE "notifications"."recipient_kind" = 'staff';--> statement-breakpoint
CREATE INDEX "event_outbox_due_idx" ON "event_outbox" USING btree ("next_attempt_at") WHERE "event_outbox"."delivered_at" is null;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_kind" CHECK ("consent_records"."kind" in ('privacy_notice', 'sms', 'marketing'));--> statement-breakpoint
CREATE POLICY "clients_delivery_status" ON "clients" AS PERMISSIVE FOR ALL TO "portail_delivery_status" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "event_outbox_outbox_relay" ON "event_outbox" AS PERMISSIVE FOR ALL TO "portail_outbox_relay" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "mail_outbox_mail_relay" ON "mail_outbox" AS PERMISSIVE FOR ALL TO "portail_mail_relay" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "mail_outbox_system" ON "mail_outbox" AS PERMISSIVE FOR ALL TO "portail_system" USING ("mail_outbox"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("mail_outbox"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "workflow_events_workflow_engine" ON "workflow_events" AS PERMISSIVE FOR ALL TO "portail_workflow_engine" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "workflow_runs_workflow_engine" ON "workflow_runs" AS PERMISSIVE FOR ALL TO "portail_workflow_engine" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "message_deliveries_staff" ON "message_deliveries" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("message_deliveries"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("message_deliveries"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "message_deliveries_client" ON "message_deliveries" AS PERMISSIVE FOR ALL TO "portail_client" USING ("message_deliveries"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "message_deliveries"."recipient_kind" = 'client' and "message_deliveries"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("message_deliveries"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "message_deliveries"."recipient_kind" = 'client' and "message_deliveries"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "message_deliveries_system" ON "message_deliveries" AS PERMISSIVE FOR ALL TO "portail_system" USING ("message_deliveries"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("message_deliveries"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "message_deliveries_delivery_status" ON "message_deliveries" AS PERMISSIVE FOR ALL TO "portail_delivery_status" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "message_deliveries_delivery_sync" ON "message_deliveries" AS PERMISSIVE FOR ALL TO "portail_delivery_sync" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "sms_outbox_system" ON "sms_outbox" AS PERMISSIVE FOR ALL TO "portail_system" USING ("sms_outbox"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("sms_outbox"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "sms_outbox_sms_relay" ON "sms_outbox" AS PERMISSIVE FOR ALL TO "portail_sms_relay" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "sms_outbox_identity" ON "sms_outbox" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "provider_webhook_events_delivery_status" ON "provider_webhook_events" AS PERMISSIVE FOR ALL TO "portail_delivery_status" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "notifications_client" ON "notifications" AS PERMISSIVE FOR ALL TO "portail_client" USING ("notifications"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "notifications"."recipient_kind" = 'client' and "notifications"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("notifications"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "notifications"."recipient_kind" = 'client' and "notifications"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "notifications_staff" ON "notifications" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("notifications"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "notifications"."recipient_kind" = 'staff' and "notifications"."user_id" = (select nullif(current_setting('app.user_id', true), '')::uuid)) WITH CHECK ("notifications"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "notifications"."recipient_kind" = 'staff' and "notifications"."user_id" = (select nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "notifications_system" ON "notifications" AS PERMISSIVE FOR ALL TO "portail_system" USING ("notifications"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("notifications"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "push_subscriptions_client" ON "push_subscriptions" AS PERMISSIVE FOR ALL TO "portail_client" USING ("push_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "push_subscriptions"."recipient_kind" = 'client' and "push_subscriptions"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("push_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "push_subscriptions"."recipient_kind" = 'client' and "push_subscriptions"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "push_subscriptions_staff" ON "push_subscriptions" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("push_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "push_subscriptions"."recipient_kind" = 'staff' and "push_subscriptions"."user_id" = (select nullif(current_setting('app.user_id', true), '')::uuid)) WITH CHECK ("push_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "push_subscriptions"."recipient_kind" = 'staff' and "push_subscriptions"."user_id" = (select nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "push_subscriptions_system" ON "push_subscriptions" AS PERMISSIVE FOR ALL TO "portail_system" USING ("push_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("push_subscriptions"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));