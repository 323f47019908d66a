import type { Formatters, Locale } from '@portail/i18n'
import { Badge } from '@portail/ui/badge'
import Link from 'next/link'
import type { MyBooking } from './booking-types'

/** One appointment in a list: what, when, with whom and its state, linking to its page. */
export function AppointmentRow({
  booking,
  locale,
  format,
  statusLabel,
  withWho,
}: {
  booking: MyBooking
  locale: Locale
  format: Formatters
  statusLabel: string
  withWho: string
}) {
  const name = locale === 'fr' ? booking.serviceNameFr : booking.serviceNameEn
  return (
    <li className="rounded-md border">
      <Link
        href={`/${locale}/portal/appointments/${booking.id}`}
        className="flex flex-col gap-1 p-4 outline-none hover:bg-muted/50 focus-visible:ring-2 focus-visible:ring-ring"
      >
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{name}</span>
          <Badge variant={booking.status === 'confirmed' ? 'default' : 'secondary'}>{statusLabel}</Badge>
        </span>
        <span className="text-sm">
          <time dateTime={booking.start}>{format.dateTime(booking.start)}</time> · {withWho}
        </span>
      </Link>
    </li>
  )
}
