import { can } from '@portail/auth'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CalendarScreen } from '~/features/admin-booking/calendar-screen'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { getQueryClient, HydrateClient, trpc } from '~/trpc/prefetch'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  searchParams: Promise<{ date?: string | string[]; booking?: string | string[] }>
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)
const isDate = (value: string | undefined) => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value)
const isId = (value: string | undefined) => value !== undefined && /^[0-9a-f-]{36}$/i.test(value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminCalendar' })
  return { title: t('title') }
}

/** The team's calendar on the business's clock: day and week views, booking detail and actions. */
export default async function AdminBookingsPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const { role, tenant } = await requireStaff(locale, (await params).tenant)
  await getQueryClient().prefetchQuery(trpc.staff.bookings.members.queryOptions())
  const t = await getTranslations('adminCalendar')
  // ?date=YYYY-MM-DD&booking=<id>: a link from elsewhere in the admin (a client's appointments).
  const query = await searchParams
  const date = one(query.date)
  const booking = one(query.booking)
  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted-foreground">{t('intro', { timeZone: tenant.timeZone })}</p>
      <HydrateClient>
        <CalendarScreen
          timeZone={tenant.timeZone}
          canWrite={can(role, 'bookings.write')}
          initialDate={isDate(date) ? date : undefined}
          initialBookingId={isId(booking) ? booking : undefined}
        />
      </HydrateClient>
    </main>
  )
}
