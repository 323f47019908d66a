CREATE TABLE "platform_audit_log" (
	"id" uuid PRIMARY KEY DEFAULT portail_uuidv7() NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"action" text NOT NULL,
	"target_tenant_id" uuid,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "platform_audit_log_created_idx" ON "platform_audit_log" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE POLICY "platform_audit_log_operator" ON "platform_audit_log" AS PERMISSIVE FOR ALL TO "portail_operator" USING ("platform_audit_log"."actor_user_id" = (select nullif(current_setting('app.user_id', true), '')::uuid)) WITH CHECK ("platform_audit_log"."actor_user_id" = (select nullif(current_setting('app.user_id', true), '')::uuid));