export { listAvailableDays, listSlots } from './availability-queries'
export { type BookingContext, type BookingPolicy, loadBookingContext, type ServiceChoice } from './booking-context'
export { activeStatuses, type BookingStatus, isActive } from './booking-status'
export {
  cancellationQuote,
  type ChangeQuote,
  type ChangeRefusal,
  freeUntilOf,
  lateCancelFee,
  type PolicyFacts,
  rescheduleQuote,
} from './booking-policy'
export { cancelMyBooking } from './cancel-booking'
export { cancelBookingAsTeam } from './cancel-by-team'
export { closeBooking } from './close-booking'
export { type BookingView, createBooking, type CreateBookingData, paymentHoldMinutes } from './create-booking'
export { expireUnpaidHolds, sweepExpiredHolds } from './expire-holds'
export { loadStaffSchedules } from './load-schedules'
export { moveBookingAsTeam } from './move-by-team'
export { getMyBooking, listMyBookings, type MyBooking, type MyBookingDetail } from './my-bookings'
export { type PublicCatalog, type PublicCatalogService, publicCatalog } from './public-catalog'
export { listRescheduleDays, listRescheduleSlots } from './reschedule-availability'
export { rescheduleMyBooking } from './reschedule-booking'
export { staffDisplayNames } from './staff-directory'
export { type BookableMember, listBookableMembers } from './bookable-members'
export { createSeries, type CreateSeriesData, type SeriesReport } from './create-series'
export { createTeamBooking, type CreateTeamBookingData } from './create-team-booking'
export { listStaffBookings, type StaffBookingsQuery } from './list-staff-bookings'
export { type SeriesFrequency, seriesStarts, type SkipReason } from './series-rule'
export { type BookingHistoryEntry, getStaffBooking, type StaffBookingDetail } from './staff-booking-history'
export { readStaffBooking, readStaffBookings, type StaffBooking } from './staff-booking-view'
