CREATE TABLE "session_transfers" (
	"id" uuid PRIMARY KEY DEFAULT portail_uuidv7() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"target_tenant_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_transfers_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "session_transfers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_transfers" ADD CONSTRAINT "session_transfers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_transfers" ADD CONSTRAINT "session_transfers_target_tenant_id_tenants_id_fk" FOREIGN KEY ("target_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_transfers_user_idx" ON "session_transfers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_transfers_expires_idx" ON "session_transfers" USING btree ("expires_at");--> statement-breakpoint
CREATE POLICY "session_transfers_identity" ON "session_transfers" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);--> statement-breakpoint
-- session_transfers: owned by the owner, forced RLS, and only the identity actor gets grants.
-- It issues a token (INSERT, for the person who has just started a business), reads it back by its
-- hash on the new portal and marks it used (UPDATE of consumed_at only); the hourly purge deletes
-- tokens a day past their expiry (DELETE: a deleted token can only sign fewer people in).
ALTER TABLE session_transfers OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE session_transfers FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON session_transfers TO portail_identity;--> statement-breakpoint
GRANT UPDATE (consumed_at) ON session_transfers TO portail_identity;--> statement-breakpoint

-- users: a person gives their own name at first sign-in (it was the email's local part). The
-- identity actor's policy reaches only the users it provisions (`dev:`): a Clerk user's name
-- comes from Clerk, and an update aimed at one changes no row. Core filters by the signed-in user.
GRANT UPDATE (name, updated_at) ON users TO portail_identity;
