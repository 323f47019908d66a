CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rate_limit_buckets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "rate_limit_buckets_identity" ON "rate_limit_buckets" AS PERMISSIVE FOR ALL TO "portail_identity" USING (true) WITH CHECK (true);