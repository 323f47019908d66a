-- rate_limit_buckets: owned by the owner, forced RLS, and only the identity actor gets grants.
-- DELETE is granted (unlike sign_in_codes): a bucket is a counter that expires on its own, so
-- erasing one gives nothing away that waiting would not, and expired buckets must be purgeable.
ALTER TABLE rate_limit_buckets OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE rate_limit_buckets FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_buckets TO portail_identity;
