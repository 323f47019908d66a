-- The job actors' grants: exactly what each cron workflow does, nothing else anywhere.

-- The unpaid-hold sweep: finds expired holds (tenant, status, hold expiry), cancels them (status,
-- cancelled_at, updated_at) and returns what its audit entry and event name (id, client, staff
-- member, start); then appends booking.hold_expired and booking/cancelled. It reads no price, note,
-- address or snapshot, and reads back neither the audit log nor the outbox.
GRANT SELECT (tenant_id, id, client_id, membership_id, starts_at, status, hold_expires_at) ON bookings
  TO portail_hold_release;--> statement-breakpoint
GRANT UPDATE (status, cancelled_at, updated_at) ON bookings TO portail_hold_release;--> statement-breakpoint
GRANT INSERT ON audit_log, event_outbox TO portail_hold_release;--> statement-breakpoint

-- The identity purge: deletes by expiry (the triggers of 0017 still refuse a live code or
-- session), reading only the columns it filters on and the ids it counts: no code hash, token,
-- email or user.
GRANT SELECT (id, expires_at), DELETE ON sign_in_codes TO portail_identity_purge;--> statement-breakpoint
GRANT SELECT (id, revoked_at, expires_at), DELETE ON user_sessions TO portail_identity_purge;--> statement-breakpoint
GRANT SELECT (key, expires_at), DELETE ON rate_limit_buckets TO portail_identity_purge;--> statement-breakpoint
GRANT SELECT (id, expires_at), DELETE ON session_transfers TO portail_identity_purge;--> statement-breakpoint
-- The identity actor (sign-in, sessions) deleted these rows only for the purge. It keeps DELETE on
-- rate_limit_buckets: the limiter clears a bucket itself.
REVOKE DELETE ON sign_in_codes, user_sessions, session_transfers FROM portail_identity;--> statement-breakpoint

-- The mail relay (0050) also reads what a message is for: the local transport's mail files name it
-- (the browser tests find a sign-in code by it). The relay now runs as portail_mail_relay, so the
-- identity actor no longer records deliveries (0017 granted it that for the relay only).
GRANT SELECT (kind) ON mail_outbox TO portail_mail_relay;--> statement-breakpoint
REVOKE UPDATE (status, attempts, next_attempt_at, last_error, sent_at, provider_message_id) ON mail_outbox
  FROM portail_identity;
