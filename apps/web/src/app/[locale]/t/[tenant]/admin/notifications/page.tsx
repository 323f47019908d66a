import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotificationsPageContent } from '~/features/notifications/notifications-page-content'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'notifications' })
  return { title: t('title') }
}

/** A team member's own notifications (new bookings, cancellations, moves), live. */
export default async function AdminNotificationsPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant } = await requireStaff(locale, (await params).tenant)
  const firstPage = await (await serverApi()).staff.notifications.list({ limit: 20 })
  return (
    <main id="content">
      <NotificationsPageContent
        audience="staff"
        locale={locale}
        timeZone={tenant.timeZone}
        business={tenant.name}
        firstPage={firstPage}
      />
    </main>
  )
}
