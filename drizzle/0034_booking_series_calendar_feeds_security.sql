-- Recurring series and private calendar feeds: ownership, forced RLS, grants. Policies were
-- generated into 0033.
ALTER TABLE booking_series OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE staff_calendar_feeds OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE booking_series FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE staff_calendar_feeds FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- Staff make series (never change or delete one: its bookings are changed one by one); a client
-- reads its own; workflows read them.
GRANT SELECT, INSERT ON booking_series TO portail_staff;--> statement-breakpoint
GRANT SELECT ON booking_series TO portail_client, portail_system;--> statement-breakpoint

-- A staff member creates and revokes their own feed (the policy pins the membership to the
-- signed-in user); the feed endpoint, as the tenant's system actor, finds a token hash's owner.
GRANT SELECT, INSERT ON staff_calendar_feeds TO portail_staff;--> statement-breakpoint
GRANT UPDATE (revoked_at) ON staff_calendar_feeds TO portail_staff;--> statement-breakpoint
GRANT SELECT ON staff_calendar_feeds TO portail_system;
