CREATE TABLE "clerk_tombstones" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"removed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clerk_tombstones_pkey" PRIMARY KEY("kind","key"),
	CONSTRAINT "clerk_tombstones_kind" CHECK ("clerk_tombstones"."kind" in ('membership', 'organization'))
);
--> statement-breakpoint
ALTER TABLE "clerk_tombstones" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "clerk_tombstones_clerk_sync" ON "clerk_tombstones" AS PERMISSIVE FOR ALL TO "portail_clerk_sync" USING (true) WITH CHECK (true);