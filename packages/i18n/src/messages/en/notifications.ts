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
    kindBookingConfirmed: 'Appointment confirmed: “{service}”, {start}',
    kindBookingReminder: 'Reminder: “{service}”, {start}',
    kindBookingCancelled: 'Appointment cancelled: “{service}”, {start}',
    kindBookingRescheduled: 'Appointment moved: “{service}”, now {start}',
    kindBookingHoldExpired: 'Booking expired unpaid: “{service}”, {start}',
    kindBookingNoShow: 'Marked as missed: “{service}”, {start}',
    kindBookingStaffNotice: 'New booking: {client}, “{service}”, {start}',
    kindStaffBookingCancelled: 'Booking cancelled: {client}, “{service}”, {start}',
    kindStaffBookingRescheduled: 'Booking moved: {client}, “{service}”, now {start}',
    kindBookingUnassigned: 'No longer assigned to you: {client}, “{service}”, {start}',
    kindOther: 'New notification from {business}.',
  },
}
