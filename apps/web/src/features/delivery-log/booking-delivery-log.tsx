'use client'

import { useQuery } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useId } from 'react'
import { useTRPC } from '~/trpc/client'
import { DeliveryList } from './delivery-list'

/** Every message about one booking (client and team, every channel), in the staff booking view. */
export function BookingDeliveryLog({ bookingId, timeZone }: { bookingId: string; timeZone: string }) {
  const t = useTranslations('deliveryLog')
  const locale = useLocale()
  const trpc = useTRPC()
  const headingId = useId()
  const log = useQuery(trpc.staff.deliveryLog.booking.queryOptions({ bookingId }))
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-2 font-medium">
        {t('title')}
      </h3>
      {log.isPending ? (
        <p className="text-sm text-muted-foreground">{t('loading')}</p>
      ) : log.isError ? (
        <p className="text-sm text-destructive">{t('failed')}</p>
      ) : (
        <DeliveryList entries={log.data} locale={locale} timeZone={timeZone} showRecipient />
      )}
    </section>
  )
}
