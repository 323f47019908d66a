-- Platform audit log: owned by the owner, forced RLS, operators append and read their own entries.
ALTER TABLE platform_audit_log OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE platform_audit_log FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON platform_audit_log TO portail_operator;--> statement-breakpoint
CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log FOR EACH ROW EXECUTE FUNCTION portail_private.refuse_audit_rewrite();--> statement-breakpoint
CREATE TRIGGER platform_audit_log_no_truncate BEFORE TRUNCATE ON platform_audit_log FOR EACH STATEMENT EXECUTE FUNCTION portail_private.refuse_audit_rewrite();
