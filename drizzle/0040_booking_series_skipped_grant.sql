-- A series row is written before its bookings (they reference it); the occurrences that could
-- not be placed are known only once every booking insert has run, so staff record them after.
GRANT UPDATE (skipped) ON booking_series TO portail_staff;
