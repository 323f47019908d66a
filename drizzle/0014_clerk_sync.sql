CREATE TYPE "public"."platform_role" AS ENUM('operator');--> statement-breakpoint
CREATE TABLE "clerk_webhook_deliveries" (
	"delivery_id" text PRIMARY KEY NOT NULL,
	"event_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clerk_webhook_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "platform_audit_log" ALTER COLUMN "actor_user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "clerk_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "platform_role" "platform_role";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "clerk_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "clerk_updated_at" timestamp with time zone;--> statement-breakpoint
CREATE POLICY "tenants_clerk_sync" ON "tenants" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING ("tenants"."clerk_org_id" is not null) WITH CHECK ("tenants"."clerk_org_id" is not null);--> statement-breakpoint
CREATE POLICY "users_clerk_sync" ON "users" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING (starts_with("users"."external_id", 'clerk:')) WITH CHECK (starts_with("users"."external_id", 'clerk:'));--> statement-breakpoint
CREATE POLICY "memberships_clerk_sync" ON "memberships" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "clients_clerk_sync" ON "clients" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "audit_log_clerk_sync" ON "audit_log" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "platform_audit_log_clerk_sync" ON "platform_audit_log" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "clerk_webhook_deliveries_identity" ON "clerk_webhook_deliveries" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);