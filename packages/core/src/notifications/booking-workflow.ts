// What the booking workflows (inngest/src/functions/booking) need from core: the booking read
// again as the system actor, the checks before sending, the reminders' plan and the lead times.
export {
  audienceLocale,
  type BookingAudience,
  bookingDedupeKey,
  type BookingFacts,
  bookingManageUrl,
  bookingMessageProps,
  type BookingSkipReason,
  bookingStillAsAnnounced,
  loadBookingFacts,
} from './booking-message'
export { bookingIcsAttachment, type IcsAttachment } from './booking-ics-attachment'
export { defaultReminderLeads, type ReminderLeads, reminderLeadsOf } from './booking-reminder-leads'
export { futureConfirmedBookings, type ReplannedBooking, reminderSuperseded } from './booking-reminder-replan'
export { loadStaffRecipient, type StaffRecipient } from './booking-staff-member'
export {
  lateTolerance,
  type PlannedReminder,
  planReminders,
  reminderStillDue,
  type ReminderSlot,
} from './booking-reminder-plan'
