import type { CatalogOf } from '../messages'
import type { notificationsFr } from '../fr/notifications'

/** In-app notifications in English (same keys as fr/notifications.ts). */
export const notificationsEn: CatalogOf<typeof notificationsFr> = {
  notifications: {
    title: 'Notifications',
    intro: 'Notices from {business}, newest first.',
    bellUnread:
      '{count, plural, =0 {Notifications, none unread} one {Notifications, # unread} other {Notifications, # unread}}',
    unreadAnnouncement:
      '{count, plural, =0 {No unread notifications} one {# unread notification} other {# unread notifications}}',
    empty: 'No notifications yet.',
    unread: 'Unread',
    markRead: 'Mark as read',
    markAllRead: 'Mark all as read',
    older: 'Older notifications',
    loading: 'Loading…',
    open: 'View',
    failed: 'That did not go through. Try again.',
    cardTitle: 'Notifications',
    cardEmpty: 'Nothing new.',
    cardSeeAll: 'All notifications',
    someClient: 'a client',
    someService: 'your appointment',
    kinds: {
      bookingConfirmed: 'Appointment confirmed: “{service}”, {start}',
      bookingReminder: 'Reminder: “{service}”, {start}',
      bookingCancelled: 'Appointment cancelled: “{service}”, {start}',
      bookingRescheduled: 'Appointment moved: “{service}”, now {start}',
      bookingHoldExpired: 'Booking expired unpaid: “{service}”, {start}',
      bookingNoShow: 'Marked as missed: “{service}”, {start}',
      bookingStaffNotice: 'New booking: {client}, “{service}”, {start}',
      staffBookingCancelled: 'Booking cancelled: {client}, “{service}”, {start}',
      staffBookingRescheduled: 'Booking moved: {client}, “{service}”, now {start}',
      other: 'New notification from {business}.',
    },
  },
}
