import { can } from '@portail/auth'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CalendarScreen } from '~/features/admin-booking/calendar-screen'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminCalendar' })
  return { title: t('title') }
}

/** The team's calendar on the business's clock: day and week views, booking detail and actions. */
export default async function AdminBookingsPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { role, tenant } = await requireStaff(locale, (await params).tenant)
  await getQueryClient().prefetchQuery(trpc.staff.bookings.members.queryOptions())
  const t = await getTranslations('adminCalendar')
  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted-foreground">{t('intro', { timeZone: tenant.timeZone })}</p>
      <HydrateClient>
        <CalendarScreen timeZone={tenant.timeZone} canWrite={can(role, 'bookings.write')} />
      </HydrateClient>
    </main>
  )
}
