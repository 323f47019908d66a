import type { Translator } from '~/i18n/translator'
import type { CountWording } from './notification-text'

// Worded with this many, then the number becomes `{count}`: the client fills in any count
// without the message catalogs (the bell is on every signed-in page and stays light).
const many = 2
const asTemplate = (worded: string) => worded.replace(String(many), '{count}')

/** The bell's name with its count ("Notifications, 3 unread"), for 0, 1 and many. */
export const bellWording = (t: Translator<'notifications'>): CountWording => ({
  zero: t('bellUnread', { count: 0 }),
  one: t('bellUnread', { count: 1 }),
  other: asTemplate(t('bellUnread', { count: many })),
})

/** What screen readers hear when the count changes ("3 unread notifications"). */
export const announcementWording = (t: Translator<'notifications'>): CountWording => ({
  zero: t('unreadAnnouncement', { count: 0 }),
  one: t('unreadAnnouncement', { count: 1 }),
  other: asTemplate(t('unreadAnnouncement', { count: many })),
})
