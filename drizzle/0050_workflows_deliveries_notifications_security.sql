-- Issue 13's tables: ownership, forced RLS, the grants of each actor (the policies were generated
-- into the previous migration), the NOTIFY trigger of in-app notifications and the trigger that
-- keeps the delivery log in step with the mail and SMS outboxes.

ALTER TABLE workflow_events OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE workflow_runs OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE message_deliveries OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE sms_outbox OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE provider_webhook_events OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE notifications OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE push_subscriptions OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE workflow_run_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE delivery_channel OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE recipient_kind OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE delivery_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE workflow_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE workflow_runs FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE message_deliveries FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE sms_outbox FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE provider_webhook_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE push_subscriptions FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- The embedded workflow engine: it records each event once (insert … on conflict do nothing: a
-- redelivered id starts nothing) and creates and advances runs. It deletes nothing, and reaches
-- no other table: its functions do tenant work as the system actor.
GRANT SELECT, INSERT ON workflow_events TO portail_workflow_engine;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON workflow_runs TO portail_workflow_engine;--> statement-breakpoint

-- The outbox relay: reads what an event is made of and whether and when it is due (delivered_at
-- too: its claim filters on it, and a WHERE needs the column's SELECT), and records attempts,
-- backoff, the last error and the delivery. Nothing else anywhere.
GRANT SELECT (tenant_id, id, name, payload, created_at, delivered_at, attempts, next_attempt_at) ON event_outbox
  TO portail_outbox_relay;--> statement-breakpoint
GRANT UPDATE (delivered_at, attempts, next_attempt_at, last_error) ON event_outbox TO portail_outbox_relay;--> statement-breakpoint

-- The mail relay: what a delivery reads (recipient, subject, bodies, attachments, headers, whether
-- and when it is due, who it is for) and records (status, attempts, next attempt, last error, sent
-- at, provider id). No INSERT, no DELETE, no kind, locale, idempotency key or delivery id. Its
-- claim (FOR UPDATE) needs an UPDATE grant, which the recording gives. The identity actor keeps
-- what it has (it still relays mail until the relay moves to this actor).
GRANT SELECT (id, tenant_id, to_address, subject, text_body, html_body, attachments, headers, status, attempts,
  next_attempt_at, created_at) ON mail_outbox TO portail_mail_relay;--> statement-breakpoint
GRANT UPDATE (status, attempts, next_attempt_at, last_error, sent_at, provider_message_id) ON mail_outbox
  TO portail_mail_relay;--> statement-breakpoint
-- Workflows queue their business's mail (booking confirmations, reminders) and read nothing back.
GRANT INSERT ON mail_outbox TO portail_system;--> statement-breakpoint

-- sms_outbox: workflows queue their business's texts (insert only); the SMS relay reads and
-- records deliveries like the mail relay; the identity actor reads them (the dev mailbox).
GRANT INSERT ON sms_outbox TO portail_system;--> statement-breakpoint
GRANT SELECT (id, tenant_id, to_phone, body, status, attempts, next_attempt_at, created_at) ON sms_outbox
  TO portail_sms_relay;--> statement-breakpoint
GRANT UPDATE (status, attempts, next_attempt_at, last_error, sent_at, provider_message_id) ON sms_outbox
  TO portail_sms_relay;--> statement-breakpoint
GRANT SELECT ON sms_outbox TO portail_identity;--> statement-breakpoint

-- message_deliveries: staff and clients read (their policies decide which rows); workflows write
-- the log and move a delivery on; provider webhooks find a delivery by its provider id and record
-- its status; nobody deletes a row (no message is lost silently).
GRANT SELECT ON message_deliveries TO portail_staff, portail_client;--> statement-breakpoint
GRANT SELECT, INSERT ON message_deliveries TO portail_system;--> statement-breakpoint
GRANT UPDATE (status, skip_reason, provider_message_id, attempts, last_error, status_at, sent_at, delivered_at,
  updated_at, to_address) ON message_deliveries TO portail_system;--> statement-breakpoint
GRANT SELECT (tenant_id, id, channel, provider_message_id, status, status_at, client_id) ON message_deliveries
  TO portail_delivery_status;--> statement-breakpoint
GRANT UPDATE (status, status_at, delivered_at, last_error, updated_at) ON message_deliveries
  TO portail_delivery_status;--> statement-breakpoint
-- The owner of sync_delivery_from_outbox: finds the delivery (tenant_id, id), compares its status,
-- and copies the outbox row's delivery.
GRANT SELECT (tenant_id, id, status) ON message_deliveries TO portail_delivery_sync;--> statement-breakpoint
GRANT UPDATE (status, provider_message_id, attempts, last_error, sent_at, status_at, updated_at) ON message_deliveries
  TO portail_delivery_sync;--> statement-breakpoint

-- provider_webhook_events: a webhook records each event it applies, and a replay finds it.
GRANT SELECT, INSERT ON provider_webhook_events TO portail_delivery_status;--> statement-breakpoint

-- notifications: each recipient reads its own and marks them read; workflows write them.
GRANT SELECT ON notifications TO portail_client, portail_staff;--> statement-breakpoint
GRANT UPDATE (read_at) ON notifications TO portail_client, portail_staff;--> statement-breakpoint
GRANT SELECT, INSERT ON notifications TO portail_system;--> statement-breakpoint

-- push_subscriptions: each person subscribes, lists and removes its own devices; workflows read
-- them to send, remove one the push service refused for good, and record use and failures.
GRANT SELECT, INSERT, DELETE ON push_subscriptions TO portail_client, portail_staff;--> statement-breakpoint
GRANT SELECT, DELETE ON push_subscriptions TO portail_system;--> statement-breakpoint
GRANT UPDATE (last_used_at, failures) ON push_subscriptions TO portail_system;--> statement-breakpoint

-- clients: provider webhooks flag a bouncing address and an SMS opt-out (STOP), finding the client
-- by its id (from the delivery) or its phone, in any tenant. Clients, staff and workflows already
-- read every column; workflows and staff may update them, a client not (its profile columns only).
GRANT SELECT (tenant_id, id, email, phone) ON clients TO portail_delivery_status;--> statement-breakpoint
GRANT UPDATE (email_bounced_at, sms_opted_out_at) ON clients TO portail_delivery_status;--> statement-breakpoint

-- memberships: a member chooses which notices it gets (core lets a member change only its own).
GRANT UPDATE (notification_preferences) ON memberships TO portail_staff;--> statement-breakpoint

-- consent_records: a client records its own consent to SMS (and its withdrawal) from its
-- preferences; the client policy pins client_id to its own client row. Still no UPDATE or DELETE.
GRANT INSERT ON consent_records TO portail_client;--> statement-breakpoint

-- In-app notifications, live: every insert tells listeners of 'portail_notifications' which row is
-- new, with ids only (tenant, recipient kind, recipient id, notification id): a subscriber re-reads
-- it through its own context, so the channel carries nothing its listeners could not read. Not a
-- definer function: it reads no table, and runs as the inserting actor.
CREATE FUNCTION portail_private.notify_notification() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  PERFORM pg_catalog.pg_notify('portail_notifications', pg_catalog.json_build_object('t', NEW.tenant_id,
    'k', NEW.recipient_kind, 'r', coalesce(NEW.client_id, NEW.user_id), 'id', NEW.id)::text);
  RETURN NULL;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.notify_notification() OWNER TO portail_owner;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.notify_notification() FROM PUBLIC;--> statement-breakpoint
CREATE TRIGGER notifications_notify AFTER INSERT ON notifications
  FOR EACH ROW EXECUTE FUNCTION portail_private.notify_notification();--> statement-breakpoint

-- The delivery log follows the outboxes: when a relay records a mail or text as sent or failed,
-- its message_deliveries row (tenant_id, delivery_id) says so too, with the provider id, attempts
-- and last error, in the relay's own transaction. The relays hold no grant on the log (a relay
-- reads no business data), hence a definer function (listed in cross-tenant-entry-points.ts),
-- owned by portail_delivery_sync, whose grants reach only the columns it compares and copies. A
-- delivery a webhook moved on already (delivered, bounced, complained) is never set back to sent.
CREATE FUNCTION portail_private.sync_delivery_from_outbox() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  IF NEW.status = 'sent' THEN
    UPDATE public.message_deliveries d
      SET status = 'sent', provider_message_id = NEW.provider_message_id, attempts = NEW.attempts,
        last_error = NEW.last_error, sent_at = coalesce(NEW.sent_at, pg_catalog.now()), status_at = pg_catalog.now(),
        updated_at = pg_catalog.now()
      WHERE d.tenant_id = NEW.tenant_id AND d.id = NEW.delivery_id AND d.status IN ('queued', 'deferred', 'failed');
  ELSIF NEW.status = 'failed' THEN
    UPDATE public.message_deliveries d
      SET status = 'failed', attempts = NEW.attempts, last_error = NEW.last_error, status_at = pg_catalog.now(),
        updated_at = pg_catalog.now()
      WHERE d.tenant_id = NEW.tenant_id AND d.id = NEW.delivery_id AND d.status IN ('queued', 'deferred');
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.sync_delivery_from_outbox() OWNER TO portail_delivery_sync;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.sync_delivery_from_outbox() FROM PUBLIC;--> statement-breakpoint
CREATE TRIGGER mail_outbox_sync_delivery AFTER UPDATE OF status ON mail_outbox
  FOR EACH ROW WHEN (NEW.delivery_id IS NOT NULL AND NEW.tenant_id IS NOT NULL AND OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION portail_private.sync_delivery_from_outbox();--> statement-breakpoint
CREATE TRIGGER sms_outbox_sync_delivery AFTER UPDATE OF status ON sms_outbox
  FOR EACH ROW WHEN (NEW.delivery_id IS NOT NULL AND NEW.tenant_id IS NOT NULL AND OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION portail_private.sync_delivery_from_outbox();
