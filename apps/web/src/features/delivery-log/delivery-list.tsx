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
  return (
    <ul className="grid gap-2 text-sm" data-testid="delivery-log">
      {entries.map((entry) => {
        const status = t(`statuses.${entry.status}`)
        const reason = entry.skipReason ? t(`reasons.${entry.skipReason}`) : null
        return (
          <li key={entry.id} className="rounded-md border px-3 py-2">
            <p className="font-medium">
              {t(`templates.${templateLabelKey(entry.template)}`)} · {t(`channels.${entry.channel}`)}
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
