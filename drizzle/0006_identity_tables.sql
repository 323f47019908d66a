CREATE TABLE "sign_in_codes" (
	"id" uuid PRIMARY KEY DEFAULT portail_uuidv7() NOT NULL,
	"email" "citext" NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sign_in_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT portail_uuidv7() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "user_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT portail_uuidv7() NOT NULL,
	"tenant_id" uuid,
	"to_address" text NOT NULL,
	"locale" "locale" NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_codes_email_idx" ON "sign_in_codes" USING btree ("email","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to_address","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE POLICY "users_identity" ON "users" AS PERMISSIVE FOR ALL TO "portail_identity" USING (starts_with("users"."external_id", 'dev:')) WITH CHECK (starts_with("users"."external_id", 'dev:'));--> statement-breakpoint
CREATE POLICY "sign_in_codes_identity" ON "sign_in_codes" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "user_sessions_identity" ON "user_sessions" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "mail_outbox_identity" ON "mail_outbox" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);