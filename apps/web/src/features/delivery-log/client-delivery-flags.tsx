import { createFormatters, type Locale } from '@portail/i18n'
import { useTranslations } from 'next-intl'

/**
 * What staff must know before counting on a channel: the client's address bounces (the mail
 * provider refused it or the client reported spam), or the client answered STOP to texts.
 */
export function ClientDeliveryFlags({
  emailBouncedAt,
  smsOptedOutAt,
  locale,
  timeZone,
}: {
  emailBouncedAt: Date | null
  smsOptedOutAt: Date | null
  locale: Locale
  timeZone: string
}) {
  const t = useTranslations('deliveryLog')
  if (!emailBouncedAt && !smsOptedOutAt) return null
  const format = createFormatters({ locale, timeZone })
  return (
    <div className="grid gap-1" data-testid="delivery-flags">
      {emailBouncedAt ? (
        <p role="note" className="rounded-md border border-destructive px-3 py-2 text-sm font-medium text-destructive">
          {t('bouncing', { date: format.date(emailBouncedAt) })}
        </p>
      ) : null}
      {smsOptedOutAt ? (
        <p role="note" className="rounded-md border px-3 py-2 text-sm">
          {t('smsStopped', { date: format.date(smsOptedOutAt) })}
        </p>
      ) : null}
    </div>
  )
}
