import type { DeliveryLogEntry, StaffDeliveryLogEntry } from '@portail/core/delivery-preferences'
import { createFormatters, type Locale } from '@portail/i18n'
import { useTranslations } from 'next-intl'
import { isTroubleStatus, templateLabelKey } from './delivery-labels'

type Entry = DeliveryLogEntry & Partial<Pick<StaffDeliveryLogEntry, 'recipientKind' | 'toAddress' | 'lastError'>>

/**
 * A delivery log as a list: when, which message, on which channel, and what became of it in plain
 * words (a skip or a hold says why). Used by the staff booking view, the client record and the
 * client's own history; renders on the server or in the browser (the `deliveryLog` messages must
 * be in the provider of a client page).
 */
export function DeliveryList({
  entries,
  locale,
  timeZone,
  showRecipient = false,
}: {
  entries: Entry[]
  locale: Locale
  timeZone: string
  showRecipient?: boolean
}) {
  const t = useTranslations('deliveryLog')
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">{t('empty')}</p>
  const format = createFormatters({ locale, timeZone })
  // Literal keys (the message-usage check reads them), one per value the log can hold.
  const statuses: Record<string, string> = {
    queued: t('statuses.queued'),
    sent: t('statuses.sent'),
    delivered: t('statuses.delivered'),
    bounced: t('statuses.bounced'),
    complained: t('statuses.complained'),
    failed: t('statuses.failed'),
    skipped: t('statuses.skipped'),
    deferred: t('statuses.deferred'),
  }
  const reasons: Record<string, string> = {
    opted_out: t('reasons.opted_out'),
    no_email: t('reasons.no_email'),
    no_phone: t('reasons.no_phone'),
    no_push_device: t('reasons.no_push_device'),
    quiet_hours: t('reasons.quiet_hours'),
    booking_cancelled: t('reasons.booking_cancelled'),
    booking_moved: t('reasons.booking_moved'),
    too_late: t('reasons.too_late'),
    address_bouncing: t('reasons.address_bouncing'),
    channel_off: t('reasons.channel_off'),
  }
  const templates: Record<ReturnType<typeof templateLabelKey>, string> = {
    bookingConfirmed: t('templates.bookingConfirmed'),
    bookingStaffNotice: t('templates.bookingStaffNotice'),
    bookingReminder: t('templates.bookingReminder'),
    bookingCancelled: t('templates.bookingCancelled'),
    bookingRescheduled: t('templates.bookingRescheduled'),
    bookingHoldExpired: t('templates.bookingHoldExpired'),
    bookingNoShow: t('templates.bookingNoShow'),
    bookingUnassigned: t('templates.bookingUnassigned'),
    other: t('templates.other'),
  }
  const channels: Record<string, string> = {
    email: t('channels.email'),
    sms: t('channels.sms'),
    push: t('channels.push'),
    in_app: t('channels.in_app'),
  }
  return (
    <ul className="grid gap-2 text-sm" data-testid="delivery-log">
      {entries.map((entry) => {
        const status = statuses[entry.status] ?? entry.status
        const reason = entry.skipReason ? (reasons[entry.skipReason] ?? entry.skipReason) : null
        return (
          <li key={entry.id} className="rounded-md border px-3 py-2">
            <p className="font-medium">
              {templates[templateLabelKey(entry.template)]} · {channels[entry.channel] ?? entry.channel}
              {showRecipient && entry.recipientKind ? (
                <span className="font-normal text-muted-foreground">
                  {' '}
                  · {entry.recipientKind === 'client' ? t('recipientClient') : t('recipientStaff')}
                  {entry.toAddress ? ` (${entry.toAddress})` : ''}
                </span>
              ) : null}
            </p>
            <p className={isTroubleStatus(entry.status) ? 'font-medium text-destructive' : 'text-muted-foreground'}>
              {reason ? t('statusWithReason', { status, reason }) : status} ·{' '}
              <time dateTime={new Date(entry.statusAt ?? entry.createdAt).toISOString()}>
                {format.dateTime(entry.statusAt ?? entry.createdAt)}
              </time>
            </p>
            {showRecipient && entry.lastError && isTroubleStatus(entry.status) ? (
              <p className="text-xs text-muted-foreground">{entry.lastError}</p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
