import type { Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import { serverApi } from '~/trpc/server'
import { announcementWording, bellWording } from './count-wording'
import { NotificationBell } from './notification-bell'

/**
 * The bell of a signed-in area, with the unread count as of this render (portal: the client's;
 * admin: the team member's own), worded on the server.
 */
export async function HeaderBell({ audience, locale }: { audience: 'client' | 'staff'; locale: Locale }) {
  const api = await serverApi()
  const t = await getTranslations('notifications')
  const count =
    audience === 'client' ? await api.notifications.unreadCount() : await api.staff.notifications.unreadCount()
  return (
    <NotificationBell
      audience={audience}
      locale={locale}
      href={audience === 'client' ? `/${locale}/portal/notifications` : `/${locale}/admin/notifications`}
      initialCount={count}
      name={bellWording(t)}
      announcement={announcementWording(t)}
    />
  )
}
