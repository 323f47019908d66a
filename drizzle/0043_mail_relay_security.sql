-- The mail relay's grants: exactly what deliverPendingMail does to mail_outbox. It reads a due
-- message (the columns it filters and orders by, and what it sends), claims it (FOR UPDATE needs an
-- UPDATE grant, which the recording below gives), bumps its attempts and pushes its next attempt
-- past the lease, then records sent, a retry or failed. No INSERT, no DELETE, none of tenant_id,
-- kind, locale or idempotency_key, and nothing on any other table.
GRANT SELECT (id, to_address, subject, text_body, html_body, status, attempts, next_attempt_at) ON mail_outbox TO portail_mail_relay;--> statement-breakpoint
GRANT UPDATE (status, attempts, next_attempt_at, last_error, sent_at, provider_message_id) ON mail_outbox TO portail_mail_relay;--> statement-breakpoint

-- The identity actor recorded deliveries only as the relay (0017); it keeps writing messages and
-- reading the local mailbox back, and no longer changes how a delivery went.
REVOKE UPDATE (status, attempts, next_attempt_at, last_error, sent_at, provider_message_id) ON mail_outbox FROM portail_identity;
