import type { Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import { serverApi } from '~/trpc/server'
import { NotificationsCard } from './notifications-card'

/** The dashboard's notifications card for the reader: their three newest, worded on the server. */
export async function DashboardNotifications({
  audience,
  locale,
  timeZone,
  business,
}: {
  audience: 'client' | 'staff'
  locale: Locale
  timeZone: string
  business: string
}) {
  const api = await serverApi()
  const t = await getTranslations('notifications')
  const page =
    audience === 'client'
      ? await api.notifications.list({ limit: 3 })
      : await api.staff.notifications.list({ limit: 3 })
  return (
    <NotificationsCard
      title={t('cardTitle')}
      emptyLabel={t('cardEmpty')}
      seeAllLabel={t('cardSeeAll')}
      unreadLabel={t('unread')}
      openLabel={t('open')}
      href={audience === 'client' ? `/${locale}/portal/notifications` : `/${locale}/admin/notifications`}
      entries={page.items}
      context={{ t, locale, timeZone, business, reader: audience }}
    />
  )
}
