import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { MyDeliveryHistory } from '~/features/delivery-log/my-delivery-history'
import { NotificationsPageContent } from '~/features/notifications/notifications-page-content'
import { readLocaleParam } from '~/i18n/locale-param'
import { requirePortalClient } from '~/server/portal-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'notifications' })
  return { title: t('title') }
}

/** A client's notifications, live, with mark read and all read; then what was sent to them. */
export default async function PortalNotificationsPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant } = await requirePortalClient(locale, (await params).tenant)
  const firstPage = await (await serverApi()).notifications.list({ limit: 20 })
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-8">
      <NotificationsPageContent
        audience="client"
        locale={locale}
        timeZone={tenant.timeZone}
        business={tenant.name}
        firstPage={firstPage}
      >
        {/* Delivery history: every message sent to the client, on every channel, with its status or
            the plain reason it was not sent (features/delivery-log). */}
        <MyDeliveryHistory locale={locale} timeZone={tenant.timeZone} business={tenant.name} />
      </NotificationsPageContent>
    </main>
  )
}
