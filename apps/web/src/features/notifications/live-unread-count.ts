import type { AppRouter } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { createTRPCClient } from '@trpc/client'
import { apiLinks } from '~/trpc/links'

/** Said by a page that changed what is read (mark read, all read), so the bell counts again. */
export const notificationsChangedEvent = 'portail:notifications-changed'

/**
 * Keeps a count of unread notifications live: the feed (SSE) says something arrived, then the
 * count is read again (so marks made elsewhere are counted right too). Also on every (re)connect:
 * whatever came while the feed was down is counted. Returns the stop function.
 */
export function watchUnreadCount(
  audience: 'client' | 'staff',
  locale: Locale,
  onCount: (count: number) => void,
): () => void {
  const api = createTRPCClient<AppRouter>({ links: apiLinks(locale) })
  const recount = () => {
    const counting =
      audience === 'client' ? api.notifications.unreadCount.query() : api.staff.notifications.unreadCount.query()
    // A failed count keeps the last one shown; the next event or reconnect tries again.
    counting.then(onCount, () => undefined)
  }
  const handlers = { onStarted: recount, onData: recount, onError: () => undefined }
  const feed =
    audience === 'client'
      ? api.notifications.onNotification.subscribe(undefined, handlers)
      : api.staff.notifications.onNotification.subscribe(undefined, handlers)
  window.addEventListener(notificationsChangedEvent, recount)
  return () => {
    window.removeEventListener(notificationsChangedEvent, recount)
    feed.unsubscribe()
  }
}
