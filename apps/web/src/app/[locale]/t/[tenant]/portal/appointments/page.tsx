import { createFormatters } from '@portail/i18n'
import { buttonVariants } from '@portail/ui/button'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { AppointmentRow } from '~/features/booking/appointment-row'
import { statusLabel } from '~/features/booking/status-label'
import { readLocaleParam } from '~/i18n/locale-param'
import { requirePortalClient } from '~/server/portal-access'
import { nullIfCursorRefused } from '~/server/refused-cursor'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  /** `past`: the cursor of an older page of past appointments. */
  searchParams: Promise<{ past?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'booking' })
  return { title: t('appointmentsTitle') }
}

/** "My appointments": upcoming soonest first, then past and cancelled newest first, paged by plain links. */
export default async function AppointmentsPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant } = await requirePortalClient(locale, (await params).tenant)
  const api = await serverApi()
  const t = await getTranslations('booking')
  const requested = (await searchParams).past
  const cursor = typeof requested === 'string' ? requested : undefined
  // A cursor edited by hand (or from an old link) is refused by the API: show the newest page.
  const olderPast = cursor ? await nullIfCursorRefused(api.booking.mine({ scope: 'past', cursor, limit: 20 })) : null
  const [upcoming, past] = await Promise.all([
    api.booking.mine({ scope: 'upcoming', limit: 50 }),
    olderPast ? Promise.resolve(olderPast) : api.booking.mine({ scope: 'past', limit: 20 }),
  ])
  const format = createFormatters({ locale, timeZone: tenant.timeZone })
  const row = (booking: (typeof upcoming.items)[number]) => (
    <AppointmentRow
      key={booking.id}
      booking={booking}
      locale={locale}
      format={format}
      statusLabel={statusLabel(t, booking.status)}
      withWho={t('withWho', { name: booking.staffName ?? t('staffUnnamed') })}
    />
  )
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t('appointmentsTitle')}</h1>
        <Link href={`/${locale}/portal/book`} className={buttonVariants()}>
          {t('bookNew')}
        </Link>
      </div>
      <p className="mt-2 text-muted-foreground">{t('appointmentsIntro', { business: tenant.name })}</p>
      <section aria-labelledby="upcoming" className="mt-8" data-testid="upcoming">
        <h2 id="upcoming" className="text-xl font-semibold">
          {t('upcoming')}
        </h2>
        {upcoming.items.length === 0 ? (
          <p className="mt-3 text-muted-foreground">{t('noUpcoming')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">{upcoming.items.map(row)}</ul>
        )}
      </section>
      <section aria-labelledby="past" className="mt-8" data-testid="past">
        <h2 id="past" className="text-xl font-semibold">
          {t('past')}
        </h2>
        {past.items.length === 0 ? (
          <p className="mt-3 text-muted-foreground">{t('noPast')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">{past.items.map(row)}</ul>
        )}
        <div className="mt-4 flex flex-wrap gap-4 text-sm">
          {olderPast ? (
            <Link href={`/${locale}/portal/appointments`} className="text-primary underline underline-offset-4">
              {t('newest')}
            </Link>
          ) : null}
          {past.nextCursor ? (
            <Link
              href={`/${locale}/portal/appointments?past=${encodeURIComponent(past.nextCursor)}`}
              className="text-primary underline underline-offset-4"
            >
              {t('older')}
            </Link>
          ) : null}
        </div>
      </section>
    </main>
  )
}
