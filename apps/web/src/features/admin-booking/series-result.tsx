'use client'

import { Button } from '@portail/ui/button'
import { createFormatters } from '@portail/i18n'
import { useLocale, useTranslations } from 'next-intl'
import { useId } from 'react'

export interface SeriesResult {
  created: { id: string; start: string }[]
  skipped: { start: string; reason: 'conflict' | 'closed' | 'outsideHours' }[]
}

/** What a recurring booking made: the dates booked, the dates skipped with why, and a way to start another. */
export function SeriesOutcome({ series, timeZone, onAnother }: { series: SeriesResult; timeZone: string; onAnother: () => void }) {
  const t = useTranslations('adminCalendar')
  const format = createFormatters({ locale: useLocale(), timeZone })
  const id = useId()
  const when = (instant: string) => format.dayTime(instant)
  const skippedReason = (why: SeriesResult['skipped'][number]['reason']) =>
    why === 'conflict' ? t('skippedConflict') : why === 'closed' ? t('skippedClosed') : t('skippedOutsideHours')
  return (
    <div className="flex flex-col gap-4 px-4 pb-6">
      <section aria-labelledby={`${id}-made`}>
        <h3 id={`${id}-made`} className="font-medium">
          {t('seriesMade', { count: series.created.length })}
        </h3>
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {series.created.map((booking) => (
            <li key={booking.id}>{when(booking.start)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-skipped`}>
        <h3 id={`${id}-skipped`} className="font-medium">
          {t('seriesSkipped', { count: series.skipped.length })}
        </h3>
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {series.skipped.map((skip) => (
            <li key={skip.start}>
              {when(skip.start)} · {skippedReason(skip.reason)}
            </li>
          ))}
        </ul>
      </section>
      <div>
        <Button variant="outline" onClick={onAnother}>
          {t('anotherBooking')}
        </Button>
      </div>
    </div>
  )
}
