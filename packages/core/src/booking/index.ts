export { listAvailableDays, listSlots } from './availability-queries'
export { type BookingContext, type BookingPolicy, loadBookingContext, type ServiceChoice } from './booking-context'
export { type BookingView, createBooking, type CreateBookingData, paymentHoldMinutes } from './create-booking'
export { loadStaffSchedules } from './load-schedules'
