import { catalogs, createFormatters } from '@portail/i18n'
import { Badge } from '@portail/ui/badge'
import { buttonVariants } from '@portail/ui/button'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { AppointmentActions } from '~/features/booking/appointment-actions'
import { statusLabel } from '~/features/booking/status-label'
import { readLocaleParam } from '~/i18n/locale-param'
import { orNotFound } from '~/server/or-not-found'
import { requirePortalClient } from '~/server/portal-access'
import { serverApi } from '~/trpc/server'
import { TRPCReactProvider } from '~/trpc/client'

interface Props {
  params: Promise<{ locale: string; tenant: string; id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'booking' })
  return { title: t('appointmentsTitle') }
}

/**
 * One of the client's appointments: what, when, with whom, where, its state; add to calendar;
 * cancel or reschedule under the policy the client agreed to (another client's is a 404).
 */
export default async function AppointmentPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant: slug, id } = await params
  const { tenant } = await requirePortalClient(locale, slug)
  const booking = await orNotFound((await serverApi()).booking.get({ id }))
  const t = await getTranslations('booking')
  const format = createFormatters({ locale, timeZone: tenant.timeZone })
  const active = booking.status === 'pending_payment' || booking.status === 'confirmed'
  const options = booking.options.map((option) => (locale === 'fr' ? option.nameFr : option.nameEn))
  const address = booking.serviceAddress
  const rows: [string, string][] = [
    [t('reviewWhen'), `${format.dateTime(booking.start)} – ${format.time(booking.end)}`],
    [t('reviewWith'), booking.staffName ?? t('staffUnnamed')],
    ...(options.length > 0 ? [[t('reviewOptions'), options.join(', ')] as [string, string]] : []),
    [t('reviewPrice'), format.money(booking.priceCents, booking.currency)],
    [
      t('reviewAddress'),
      address
        ? [address.line1, address.line2, `${address.city} ${address.province} ${address.postalCode}`]
            .filter(Boolean)
            .join(', ')
        : t('reviewAtBusiness', { business: tenant.name }),
    ],
    [t('reviewNotes'), booking.notes ?? t('reviewNone')],
  ]
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-8">
      <Link href={`/${locale}/portal/appointments`} className="text-sm text-primary underline-offset-4 hover:underline">
        {t('backToAppointments')}
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {locale === 'fr' ? booking.serviceNameFr : booking.serviceNameEn}
        </h1>
        <Badge variant={booking.status === 'confirmed' ? 'default' : 'secondary'} data-testid="appointment-status">
          {statusLabel(t, booking.status)}
        </Badge>
      </div>
      {booking.status === 'pending_payment' && booking.holdExpiresAt ? (
        <p className="mt-4 rounded-md border px-4 py-3 font-medium">
          {t('pendingPayment', { time: format.time(booking.holdExpiresAt) })}
        </p>
      ) : null}
      <section aria-labelledby="details" className="mt-6">
        <h2 id="details" className="sr-only">
          {t('details')}
        </h2>
        <dl
          className="grid gap-x-6 gap-y-3 rounded-lg border p-4 sm:grid-cols-[max-content_1fr]"
          data-testid="appointment"
        >
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium">{term}</dt>
              <dd className="min-w-0 break-words whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
        {booking.cancelledAt ? (
          <p className="mt-3 text-sm">{t('cancelledOn', { when: format.dateTime(booking.cancelledAt) })}</p>
        ) : null}
        {booking.rescheduleCount > 0 ? (
          <p className="mt-3 text-sm">{t('rescheduledTimes', { count: booking.rescheduleCount })}</p>
        ) : null}
      </section>
      <div className="mt-6 flex flex-col gap-6">
        {active ? (
          <div>
            <a href={`/api/bookings/${booking.id}/ics`} className={buttonVariants({ variant: 'outline' })}>
              {t('addToCalendar')}
            </a>
          </div>
        ) : booking.status === 'cancelled' ? (
          // The file of a cancelled booking cancels the event in a calendar that has it.
          <div>
            <a
              href={`/api/bookings/${booking.id}/ics`}
              className={buttonVariants({ variant: 'outline' })}
              aria-describedby="remove-from-calendar-hint"
            >
              {t('removeFromCalendar')}
            </a>
            <p id="remove-from-calendar-hint" className="mt-2 text-sm text-muted-foreground">
              {t('removeFromCalendarHint')}
            </p>
          </div>
        ) : null}
        {/* Always rendered, so the message of a cancellation survives the refresh that ends it. */}
        <NextIntlClientProvider locale={locale} messages={{ booking: catalogs[locale].booking }}>
          <TRPCReactProvider locale={locale}>
            <AppointmentActions booking={booking} locale={locale} timeZone={tenant.timeZone} business={tenant.name} />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </div>
    </main>
  )
}
