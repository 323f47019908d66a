-- Time limits on every session of the app's login role. Set on the role (not in the app) so they hold
-- for every connection portail_app opens, whatever the driver or pool, and cannot be forgotten by
-- a code path; they follow the session through its actor roles (set_config('role', ...) changes
-- privileges, not these settings). Role settings are cluster-wide, like the role itself, and apply
-- to sessions opened after this runs. Migrations and the seed log in as the owner/admin, not as
-- portail_app, so they are not limited.
--
-- - statement_timeout 15 s: a request's statements take milliseconds (indexed reads of one tenant,
--   single-row writes). A statement still running after 15 s is a missing index or a runaway query;
--   cancelling it frees the pooled connection before the browser or proxy gives up on the request
--   (typically 30-60 s), instead of the pool filling with work nobody will read.
-- - lock_timeout 5 s: the only waits on locks are short transactions touching the same rows (a
--   tenant's counters, the slot a concurrent booking is inserting). Waiting longer means a
--   transaction is stuck holding a lock; failing fast (SQLSTATE 55P03) keeps callers from piling up
--   behind it and taking every pooled connection. Below statement_timeout so a lock wait reports
--   itself as one.
-- - idle_in_transaction_session_timeout 30 s: no network call runs inside an open transaction, so
--   between two statements of one transaction the app only computes (milliseconds). A transaction
--   left open for 30 s is a bug (an awaited fetch inside withTenant, a leaked reservation); ending
--   its session releases its locks and its snapshot. Above statement_timeout so a slow statement
--   gets its own, clearer error first.

ALTER ROLE portail_app SET statement_timeout = '15s';--> statement-breakpoint
ALTER ROLE portail_app SET lock_timeout = '5s';--> statement-breakpoint
ALTER ROLE portail_app SET idle_in_transaction_session_timeout = '30s';
