import { createFormatters, type Locale } from '@portail/i18n'
import { buttonVariants } from '@portail/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@portail/ui/card'
import { EmptyState } from '@portail/ui/empty-state'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { AppointmentRow } from './appointment-row'
import type { MyBooking } from './booking-types'
import { statusLabel } from './status-label'

/** The dashboard's next appointments (up to three), each linking to its page, and the way to book. */
export async function UpcomingCard({
  title,
  emptyTitle,
  bookLabel,
  items,
  locale,
  timeZone,
}: {
  title: string
  emptyTitle: string
  bookLabel: string
  items: MyBooking[]
  locale: Locale
  timeZone: string
}) {
  const t = await getTranslations('booking')
  const format = createFormatters({ locale, timeZone })
  const book = (
    <Link
      href={`/${locale}/portal/book`}
      className={buttonVariants({ variant: items.length > 0 ? 'outline' : 'default' })}
    >
      {bookLabel}
    </Link>
  )
  return (
    <Card className="min-w-0 gap-4" data-testid="card-appointments">
      <CardHeader>
        <CardTitle asHeading="h2" className="text-lg">
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <EmptyState className="px-4 py-6" title={emptyTitle} description={t('upcomingCardEmptyBody')} action={book} />
        ) : (
          <div className="flex flex-col gap-4">
            <ul className="flex flex-col gap-2">
              {items.map((booking) => (
                <AppointmentRow
                  key={booking.id}
                  booking={booking}
                  locale={locale}
                  format={format}
                  statusLabel={statusLabel(t, booking.status)}
                  withWho={t('withWho', { name: booking.staffName ?? t('staffUnnamed') })}
                />
              ))}
            </ul>
            <div className="flex flex-wrap gap-3">
              <Link
                href={`/${locale}/portal/appointments`}
                className="text-sm font-medium text-primary underline underline-offset-4"
              >
                {t('upcomingCardMore')}
              </Link>
            </div>
            <div>{book}</div>
          </div>
        )}
      </CardContent>
    </Card>
  )
}
