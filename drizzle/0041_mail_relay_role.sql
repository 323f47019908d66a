-- The mail relay's actor role: deliverPendingMail claims due messages of mail_outbox and records
-- each delivery. It ran as portail_identity, which also holds sign-in codes, sessions and users; a
-- role of its own keeps a bug or an injection in the relay or its transport away from them. The
-- login role switches to it inside withTenant, like the other actors. Idempotent like 0000
-- because roles are cluster-wide; it runs before the generated migration so its policy can name it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portail_mail_relay') THEN
    CREATE ROLE portail_mail_relay NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
ALTER ROLE portail_mail_relay NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;--> statement-breakpoint
GRANT portail_mail_relay TO portail_app;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO portail_mail_relay;
