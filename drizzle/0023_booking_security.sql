-- Booking: ownership, forced RLS, grants, and the exclusion constraint that makes double booking
-- impossible. Policies were generated into 0022; here is what drizzle-kit cannot generate.
ALTER TABLE services OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE service_options OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE staff_services OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE working_hours OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE schedule_overrides OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE bookings OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE booking_status OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE payment_rule OWNER TO portail_owner;--> statement-breakpoint
ALTER TYPE schedule_override_kind OWNER TO portail_owner;--> statement-breakpoint
ALTER TABLE services FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE service_options FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE staff_services FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE working_hours FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE schedule_overrides FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE bookings FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- Two active bookings of one staff member never overlap, buffers included, whatever the code
-- does. Half-open ranges: a booking may start exactly when the previous one's buffer ends.
-- A conflict raises SQLSTATE 23P01, which core turns into CONFLICT with the next free slots.
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
  tenant_id WITH =,
  membership_id WITH =,
  tstzrange(blocked_from, blocked_until, '[)') WITH &&
) WHERE (status IN ('pending_payment', 'confirmed'));--> statement-breakpoint

-- tenants: the booking settings are public (the wizard computes slots and states the policy);
-- staff change them.
GRANT SELECT (booking_min_notice_minutes, booking_max_advance_days, booking_slot_interval_minutes,
  booking_free_cancel_hours, booking_late_cancel_fee_percent, booking_late_cancel_keeps_deposit,
  booking_max_reschedules) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT UPDATE (booking_min_notice_minutes, booking_max_advance_days, booking_slot_interval_minutes,
  booking_free_cancel_hours, booking_late_cancel_fee_percent, booking_late_cancel_keeps_deposit,
  booking_max_reschedules) ON tenants TO portail_staff;--> statement-breakpoint

-- Catalog and schedules: visitors and clients read (policies narrow to active rows); staff manage;
-- workflows read.
GRANT SELECT ON services, service_options, staff_services, working_hours TO portail_public, portail_client, portail_system;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON services, service_options, staff_services, working_hours, schedule_overrides TO portail_staff;--> statement-breakpoint
-- An override's reason is private to the business.
GRANT SELECT (tenant_id, id, membership_id, on_date, kind, start_time, end_time) ON schedule_overrides TO portail_public, portail_client;--> statement-breakpoint
GRANT SELECT ON schedule_overrides TO portail_system;--> statement-breakpoint

-- bookings: visitors see busy intervals only, never who booked or what.
GRANT SELECT (tenant_id, membership_id, blocked_from, blocked_until, status, hold_expires_at) ON bookings TO portail_public;--> statement-breakpoint
-- A client reads and books its own (the policy pins client_id); cancelling and rescheduling come
-- with the self-service step and its policy checks.
GRANT SELECT, INSERT ON bookings TO portail_client;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON bookings TO portail_staff;--> statement-breakpoint
-- Workflows confirm paid holds and expire unpaid ones.
GRANT SELECT ON bookings TO portail_system;--> statement-breakpoint
GRANT UPDATE (status, hold_expires_at, cancelled_at, cancellation_reason, updated_at) ON bookings TO portail_system;
