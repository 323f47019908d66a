-- Booking changes: the client's own cancel and reschedule, and the release of expired unpaid
-- holds. The sweeper's policy was generated into the previous migration; here are the grants and
-- the one function that uses them.

-- A client cancels or moves its own bookings (the client policy pins client_id; core enforces the
-- cancellation policy it agreed to): only the columns such a change touches, never the price,
-- the snapshot, the service or who the booking belongs to.
GRANT UPDATE (membership_id, starts_at, ends_at, blocked_from, blocked_until, status, reschedule_count,
  cancelled_at, updated_at) ON bookings TO portail_client;--> statement-breakpoint

-- What the owner of tenants_with_expired_holds may read: which tenant a booking belongs to, its
-- status and when its hold ends. Nothing about who booked, what or when.
GRANT SELECT (tenant_id, status, hold_expires_at) ON bookings TO portail_hold_sweeper;--> statement-breakpoint

-- Cross-tenant entry point (listed in packages/db/src/cross-tenant-entry-points.ts): the
-- background job runs with no tenant, yet must release the holds of every business. Returns the
-- ids of the tenants holding pending_payment bookings whose hold ended at or before p_now; the
-- job then releases them tenant by tenant as that tenant's system actor.
CREATE FUNCTION portail_private.tenants_with_expired_holds(p_now timestamptz)
RETURNS TABLE (tenant_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT DISTINCT b.tenant_id
  FROM public.bookings b
  WHERE b.status = 'pending_payment' AND b.hold_expires_at <= p_now
$$;--> statement-breakpoint
ALTER FUNCTION portail_private.tenants_with_expired_holds(timestamptz) OWNER TO portail_hold_sweeper;--> statement-breakpoint
REVOKE ALL ON FUNCTION portail_private.tenants_with_expired_holds(timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION portail_private.tenants_with_expired_holds(timestamptz) TO portail_identity;
