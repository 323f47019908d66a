-- Identity tables: owned by the owner, forced RLS, and only the identity actor gets grants.
-- Its policies (generated into 0006) let it reach every row of its own tables, and of users
-- only the ones it provisions (external_id 'dev:…'); the grants below narrow the commands.
ALTER TABLE sign_in_codes OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE user_sessions OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE mail_outbox OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE sign_in_codes FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE user_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- sign_in_codes: issue a code, count a wrong try, consume it. No DELETE: codes are never erased
-- by the app, so a wrong-try counter cannot be reset by deleting and re-reading.
GRANT SELECT, INSERT ON sign_in_codes TO portail_identity;--> statement-breakpoint
GRANT UPDATE (attempts, consumed_at) ON sign_in_codes TO portail_identity;--> statement-breakpoint

-- user_sessions: open a session, read it back, revoke it (sign-out). Nothing else changes.
GRANT SELECT, INSERT ON user_sessions TO portail_identity;--> statement-breakpoint
GRANT UPDATE (revoked_at) ON user_sessions TO portail_identity;--> statement-breakpoint

-- mail_outbox: the local mailbox is written and read back (by the developer, the tests).
GRANT SELECT, INSERT ON mail_outbox TO portail_identity;--> statement-breakpoint

-- users: look a dev user up by email and provision it on its first sign-in. No UPDATE: the
-- profile is the user's own business, not the identity service's.
GRANT SELECT (id, external_id, email, name, locale, deleted_at) ON users TO portail_identity;--> statement-breakpoint
GRANT INSERT (external_id, email, name, locale) ON users TO portail_identity;
