import { can } from '@portail/auth'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ScheduleScreen } from '~/features/admin-booking/schedule-screen'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { getQueryClient, HydrateClient, trpc } from '~/trpc/prefetch'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminSchedule' })
  return { title: t('title') }
}

/** Staff hours, dates that differ from them, and the booking settings with the cancellation policy. */
export default async function AdminSchedulePage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { role } = await requireStaff(locale, (await params).tenant)
  const queryClient = getQueryClient()
  await Promise.all([
    queryClient.prefetchQuery(trpc.staff.catalog.get.queryOptions()),
    queryClient.prefetchQuery(trpc.staff.bookings.members.queryOptions()),
  ])
  const t = await getTranslations('adminSchedule')
  const canWrite = can(role, 'settings.write')
  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted-foreground">{t('intro')}</p>
      {canWrite ? null : <p className="mb-6 text-sm text-muted-foreground">{t('readOnly')}</p>}
      <HydrateClient>
        <ScheduleScreen canWrite={canWrite} />
      </HydrateClient>
    </main>
  )
}
