'use client'

import type { Formatters, Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { useTranslations } from 'next-intl'
import type { Slot } from './booking-types'
import { zoneLabel } from './day-label'
import { SlotPicker } from './slot-picker'

/** The chosen day's free times on the business's clock, which the note names, and a way back to the calendar. */
export function TimeStep({
  locale,
  business,
  timeZone,
  format,
  slots,
  status,
  selectedStart,
  onPick,
  onRetry,
  onBack,
}: {
  locale: Locale
  business: string
  timeZone: string
  format: Formatters
  slots: readonly Slot[] | undefined
  status: 'pending' | 'error' | 'success'
  selectedStart: string | null
  onPick: (slot: Slot) => void
  onRetry: () => void
  onBack: () => void
}) {
  const t = useTranslations('booking')
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">
        {t('timeZoneNote', { business, zone: zoneLabel(timeZone, locale, Date.now()) })}
      </p>
      <SlotPicker
        slots={slots}
        status={status}
        selectedStart={selectedStart}
        label={(slot: Slot) => format.time(slot.start)}
        onPick={onPick}
        onRetry={onRetry}
      />
      <div>
        <Button variant="outline" onClick={onBack}>
          {t('back')}
        </Button>
      </div>
    </div>
  )
}
