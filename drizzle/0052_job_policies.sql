CREATE POLICY "audit_log_hold_release" ON "audit_log" AS PERMISSIVE FOR ALL TO "portail_hold_release" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "event_outbox_hold_release" ON "event_outbox" AS PERMISSIVE FOR ALL TO "portail_hold_release" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "sign_in_codes_identity_purge" ON "sign_in_codes" AS PERMISSIVE FOR ALL TO "portail_identity_purge" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "user_sessions_identity_purge" ON "user_sessions" AS PERMISSIVE FOR ALL TO "portail_identity_purge" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "rate_limit_buckets_identity_purge" ON "rate_limit_buckets" AS PERMISSIVE FOR ALL TO "portail_identity_purge" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "bookings_hold_release" ON "bookings" AS PERMISSIVE FOR ALL TO "portail_hold_release" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "session_transfers_identity_purge" ON "session_transfers" AS PERMISSIVE FOR ALL TO "portail_identity_purge" USING (true) WITH CHECK (true);