import type { RouterOutputs } from '@portail/api'
import { createFormatters, type Locale } from '@portail/i18n'
import { Card, CardContent, CardHeader, CardTitle } from '@portail/ui/card'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { localDateOf } from '~/features/admin-booking/calendar-time'
import { staffStatusLabel } from '~/features/booking/status-label'

type Appointments = RouterOutputs['staff']['clients']['appointments']
type Appointment = Appointments['upcoming'][number]

/**
 * A client's upcoming and past appointments on the business's clock, each a link to its detail in
 * the team calendar (opened on its day).
 */
export async function ClientAppointments({
  appointments,
  locale,
  timeZone,
}: {
  appointments: Appointments
  locale: Locale
  timeZone: string
}) {
  const t = await getTranslations('adminClients')
  const calendar = await getTranslations('adminCalendar')
  const format = createFormatters({ locale, timeZone })
  const service = (appointment: Appointment) =>
    (locale === 'fr' ? appointment.serviceNameFr : appointment.serviceNameEn) ||
    appointment.serviceNameFr ||
    appointment.serviceNameEn

  const list = (items: Appointment[], empty: string, testId: string) =>
    items.length === 0 ? (
      <p className="text-sm text-muted-foreground">{empty}</p>
    ) : (
      <ul className="flex flex-col gap-2 text-sm" data-testid={testId}>
        {items.map((appointment) => {
          const when = format.dateTime(appointment.start)
          const href = `/${locale}/admin/bookings?date=${localDateOf(appointment.start, timeZone)}&booking=${appointment.id}`
          return (
            <li key={appointment.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
              <Link
                href={href}
                className="font-medium text-primary underline-offset-4 hover:underline"
                aria-label={t('appointmentOpen', { service: service(appointment), date: when })}
              >
                <time dateTime={appointment.start.toISOString()}>{when}</time>
              </Link>
              <span>{t('appointmentWith', { service: service(appointment), staff: appointment.staffName })}</span>
              <span className="text-muted-foreground">{staffStatusLabel(calendar, appointment.status)}</span>
            </li>
          )
        })}
      </ul>
    )

  return (
    <Card>
      <CardHeader>
        <CardTitle asHeading="h2">{t('appointmentsTitle')}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <section aria-labelledby="client-upcoming">
          <h3 id="client-upcoming" className="mb-2 text-sm font-semibold">
            {t('upcomingTitle')}
          </h3>
          {list(appointments.upcoming, t('upcomingNone'), 'client-upcoming')}
        </section>
        <section aria-labelledby="client-past">
          <h3 id="client-past" className="mb-2 text-sm font-semibold">
            {t('pastTitle')}
          </h3>
          {list(appointments.past, t('pastNone'), 'client-past')}
        </section>
      </CardContent>
    </Card>
  )
}
