'use client'

import { createFormatters } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { useQuery } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { type Ref, useId } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'

/**
 * The free times of a day for the chosen service, options and member, from the same rules clients
 * book under (`booking.slots`); one press picks a time. A form's refusal ("choose a free time")
 * describes the group, which takes focus through `groupRef` so a screen reader reads both.
 */
export function FreeSlotPicker({
  serviceId,
  optionIds,
  staffId,
  date,
  timeZone,
  selected,
  onPick,
  error,
  groupRef,
}: {
  serviceId: string
  optionIds: string[]
  staffId: string
  date: string
  timeZone: string
  selected: string | null
  onPick: (start: string) => void
  /** The refusal to show under the times, in the reader's language. */
  error?: string | undefined
  groupRef?: Ref<HTMLFieldSetElement>
}) {
  const t = useTranslations('adminCalendar')
  const admin = useTranslations('admin')
  const locale = useLocale()
  const trpc = useTRPC()
  const id = useId()
  const slots = useQuery({
    ...trpc.booking.slots.queryOptions({ serviceId, optionIds, staffId, date }),
    enabled: serviceId !== '' && staffId !== '' && /^\d{4}-\d{2}-\d{2}$/.test(date),
  })
  const time = (instant: string) => createFormatters({ locale, timeZone }).time(instant)
  return (
    <fieldset
      ref={groupRef}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
      className="flex flex-col gap-2 outline-none"
    >
      <legend className="mb-1 text-sm font-medium">{t('slotsTerm')}</legend>
      {serviceId === '' || staffId === '' ? (
        <p className="text-sm text-muted-foreground">{t('slotsNeedChoice')}</p>
      ) : null}
      {slots.isPending && serviceId !== '' && staffId !== '' ? (
        <p className="text-sm text-muted-foreground">{t('loading')}</p>
      ) : null}
      {slots.isError ? (
        <p className="text-sm text-destructive">{errorText(slots.error, admin('networkError'))}</p>
      ) : null}
      {slots.data?.length === 0 ? <p className="text-sm text-muted-foreground">{t('noSlots')}</p> : null}
      <div className="flex flex-wrap gap-2">
        {(slots.data ?? []).map((slot) => (
          <Button
            key={slot.start}
            type="button"
            size="sm"
            variant={selected === slot.start ? 'default' : 'outline'}
            aria-pressed={selected === slot.start}
            onClick={() => onPick(slot.start)}
          >
            {time(slot.start)}
          </Button>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
