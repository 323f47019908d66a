'use client'

import { Button } from '@portail/ui/button'
import { useTranslations } from 'next-intl'
import type { Slot } from './booking-types'

/**
 * The free times of one day as a list of buttons (one press picks it). `label` words a slot's
 * start on the business's clock in the reader's language.
 */
export function SlotPicker({
  slots,
  status,
  selectedStart,
  label,
  onPick,
  onRetry,
}: {
  slots: readonly Slot[] | undefined
  status: 'pending' | 'error' | 'success'
  selectedStart: string | null
  label: (slot: Slot) => string
  onPick: (slot: Slot) => void
  onRetry: () => void
}) {
  const t = useTranslations('booking')
  if (status === 'pending') return <p role="status">{t('loading')}</p>
  if (status === 'error')
    return (
      <div role="alert" className="flex items-center gap-3 text-sm text-destructive">
        {t('loadFailed')}
        <Button variant="outline" size="sm" onClick={onRetry}>
          {t('retry')}
        </Button>
      </div>
    )
  if (!slots || slots.length === 0) return <p>{t('timeNone')}</p>
  return (
    <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4" data-testid="slots">
      {slots.map((slot) => (
        <li key={slot.start}>
          <Button
            variant={slot.start === selectedStart ? 'default' : 'outline'}
            aria-pressed={slot.start === selectedStart}
            className="w-full"
            onClick={() => onPick(slot)}
          >
            {label(slot)}
          </Button>
        </li>
      ))}
    </ul>
  )
}
