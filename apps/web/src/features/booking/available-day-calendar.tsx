'use client'

import { intlLocales, type Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Calendar } from '@portail/ui/calendar'
import { useTranslations } from 'next-intl'
import { useId } from 'react'
import { dateToDay, dayToDate } from './wizard-choice'

/**
 * A month of days where only the free ones can be picked. The kit's calendar (react-day-picker) is
 * a keyboard grid: arrows, Home/End, Page Up/Down, Enter; its day buttons carry full date labels.
 */
export function AvailableDayCalendar({
  locale,
  month,
  firstMonth,
  today,
  days,
  status,
  selected,
  onMonthChange,
  onSelect,
  onRetry,
}: {
  locale: Locale
  /** "YYYY-MM" shown. */
  month: string
  /** No month before this one ("YYYY-MM", today's on the business's clock). */
  firstMonth: string
  /**
   * Today on the business's clock ("YYYY-MM-DD"), decided once by the server: the widget's own
   * "today" (the machine's date) differs between server and browser, which broke hydration.
   */
  today: string
  days: readonly string[] | undefined
  status: 'pending' | 'error' | 'success'
  selected: string | null
  onMonthChange: (month: string) => void
  onSelect: (day: string) => void
  onRetry: () => void
}) {
  const t = useTranslations('booking')
  const helpId = useId()
  const free = new Set(days ?? [])
  // The widget's own English label ("Sunday, November 1st, 2026") does not contain the "1" the
  // button shows, which voice control users would say (WCAG 2.5.3): label with the plain full date.
  const dayName = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'full' })
  return (
    <div className="flex flex-col gap-3">
      <p id={helpId} className="text-sm text-muted-foreground">
        {t('dayHelp')}
      </p>
      <Calendar
        lang={locale}
        mode="single"
        aria-describedby={helpId}
        month={dayToDate(`${month}-01`)}
        startMonth={dayToDate(`${firstMonth}-01`)}
        today={dayToDate(today)}
        onMonthChange={(shown) => onMonthChange(dateToDay(shown).slice(0, 7))}
        selected={selected ? dayToDate(selected) : undefined}
        onSelect={(picked) => {
          if (picked) onSelect(dateToDay(picked))
        }}
        disabled={(shown) => !free.has(dateToDay(shown))}
        labels={{ labelDayButton: (shown: Date) => dayName.format(shown) }}
        modifiers={{ free: (shown) => free.has(dateToDay(shown)) }}
        modifiersClassNames={{ free: '[&>button]:font-bold [&>button]:underline [&>button]:underline-offset-4' }}
        className="rounded-md border"
      />
      <div aria-live="polite" className="text-sm">
        {status === 'pending' ? <p role="status">{t('loading')}</p> : null}
        {status === 'success' && free.size === 0 ? <p>{t('dayNone')}</p> : null}
      </div>
      {status === 'error' ? (
        <div role="alert" className="flex items-center gap-3 text-sm text-destructive">
          {t('loadFailed')}
          <Button variant="outline" size="sm" onClick={onRetry}>
            {t('retry')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
