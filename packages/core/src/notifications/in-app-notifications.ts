/** The in-app notifications' read side: what the bell, the page and the live feed use. */
export { type InAppNotification, type InAppRecipient } from './in-app-recipient'
export { listNotifications, type ListNotificationsParams } from './in-app-list'
export { countUnreadNotifications, unreadCountCap } from './in-app-unread-count'
export { markAllNotificationsRead, markNotificationRead } from './in-app-mark-read'
export { newestNotificationId, notificationsAfter } from './in-app-since'
