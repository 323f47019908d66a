CREATE TABLE "staff_invitations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"email" "citext" NOT NULL,
	"role" "membership_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_user_id" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_invitations_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_invitations_tenant_token_key" UNIQUE("tenant_id","token_hash"),
	CONSTRAINT "staff_invitations_role" CHECK ("staff_invitations"."role" in ('admin', 'staff'))
);
--> statement-breakpoint
ALTER TABLE "staff_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "consent_records" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT portail_uuidv7() NOT NULL,
	"client_id" uuid NOT NULL,
	"user_id" uuid,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_agent" text,
	"ip_address" text,
	CONSTRAINT "consent_records_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "consent_records_kind" CHECK ("consent_records"."kind" in ('privacy_notice'))
);
--> statement-breakpoint
ALTER TABLE "consent_records" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "privacy_notice_version" text DEFAULT '2026-11-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_invited_by_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_accepted_by_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "public"."clients"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_user_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_invitations_pending_email_key" ON "staff_invitations" USING btree ("tenant_id","email") WHERE accepted_at is null and revoked_at is null;--> statement-breakpoint
CREATE INDEX "staff_invitations_tenant_created_idx" ON "staff_invitations" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consent_records_tenant_client_idx" ON "consent_records" USING btree ("tenant_id","client_id","accepted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE POLICY "tenants_onboarding" ON "tenants" AS PERMISSIVE FOR ALL TO "portail_onboarding" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "memberships_onboarding" ON "memberships" AS PERMISSIVE FOR ALL TO "portail_onboarding" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "audit_log_onboarding" ON "audit_log" AS PERMISSIVE FOR ALL TO "portail_onboarding" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "platform_audit_log_onboarding" ON "platform_audit_log" AS PERMISSIVE FOR ALL TO "portail_onboarding" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "mail_outbox_staff" ON "mail_outbox" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("mail_outbox"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("mail_outbox"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_invitations_staff" ON "staff_invitations" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("staff_invitations"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_invitations"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_invitations_system" ON "staff_invitations" AS PERMISSIVE FOR ALL TO "portail_system" USING ("staff_invitations"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("staff_invitations"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "consent_records_client" ON "consent_records" AS PERMISSIVE FOR ALL TO "portail_client" USING ("consent_records"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "consent_records"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid)) WITH CHECK ("consent_records"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and "consent_records"."client_id" = (select nullif(current_setting('app.client_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "consent_records_staff" ON "consent_records" AS PERMISSIVE FOR ALL TO "portail_staff" USING ("consent_records"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("consent_records"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "consent_records_system" ON "consent_records" AS PERMISSIVE FOR ALL TO "portail_system" USING ("consent_records"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK ("consent_records"."tenant_id" = (select nullif(current_setting('app.tenant_id', true), '')::uuid));