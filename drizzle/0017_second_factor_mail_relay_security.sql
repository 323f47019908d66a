-- Step-up codes, the mail relay and the hourly purge of the identity tables.
ALTER TYPE code_purpose OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE mail_status OWNER TO portail_owner;--> statement-breakpoint

-- user_sessions: a confirmed step-up code is recorded on its session.
GRANT UPDATE (second_factor_verified_at) ON user_sessions TO portail_identity;--> statement-breakpoint

-- mail_outbox: the relay (identity actor) claims pending rows and records each delivery.
GRANT UPDATE (status, attempts, next_attempt_at, last_error, sent_at, provider_message_id) ON mail_outbox TO portail_identity;--> statement-breakpoint
-- Rows written before the relay existed were already "delivered" to the local mailbox they sit in;
-- left pending, a newly configured Resend would send stale sign-in codes.
UPDATE mail_outbox SET status = 'sent', sent_at = created_at WHERE status = 'pending';--> statement-breakpoint

-- The purge deletes old codes and finished sessions. DELETE is granted, and triggers narrow it to
-- exactly those rows: a live code's wrong-try count must never be reset by deleting the code
-- (see 0007), and a live session ends by revocation, which leaves a trace.
GRANT DELETE ON sign_in_codes, user_sessions TO portail_identity;--> statement-breakpoint
CREATE FUNCTION portail_private.refuse_live_code_deletion() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF OLD.expires_at >= pg_catalog.now() - interval '1 day' THEN
    RAISE EXCEPTION 'a sign-in code may be deleted only a day after it expired' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.refuse_live_code_deletion() OWNER TO portail_owner;--> statement-breakpoint
CREATE TRIGGER sign_in_codes_purge_only BEFORE DELETE ON sign_in_codes FOR EACH ROW EXECUTE FUNCTION portail_private.refuse_live_code_deletion();--> statement-breakpoint
-- A cascade from a deleted user (trigger depth > 1) takes the user's sessions with it.
CREATE FUNCTION portail_private.refuse_live_session_deletion() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF pg_catalog.pg_trigger_depth() = 1 AND OLD.revoked_at IS NULL AND OLD.expires_at > pg_catalog.now() THEN
    RAISE EXCEPTION 'a live session is revoked, not deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.refuse_live_session_deletion() OWNER TO portail_owner;--> statement-breakpoint
CREATE TRIGGER user_sessions_purge_only BEFORE DELETE ON user_sessions FOR EACH ROW EXECUTE FUNCTION portail_private.refuse_live_session_deletion();
