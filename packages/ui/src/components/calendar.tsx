'use client'

import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react'
import type { ComponentProps } from 'react'
import { DayPicker, getDefaultClassNames } from 'react-day-picker'
import { enUS } from 'react-day-picker/locale/en-US'
import { fr } from 'react-day-picker/locale/fr'
import { cn } from '../lib/cn'
import { focusRing } from '../lib/focus-ring'
import { buttonVariants } from './button'

/**
 * The two languages of the product. react-day-picker's locales are date-fns locales extended with
 * its own translated labels (navigation buttons, day names for screen readers).
 */
export const calendarLocales = { fr, en: enUS } as const
export type CalendarLanguage = keyof typeof calendarLocales

// DayPicker's props are a union (one member per selection mode): omit from each member.
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export type CalendarProps = OmitEach<ComponentProps<typeof DayPicker>, 'locale' | 'lang'> & {
  /** Month names, weekdays, first day of the week and the calendar's accessible labels; also the root's lang. */
  lang: CalendarLanguage
}

export function Calendar(props: CalendarProps) {
  const { lang, className, classNames } = props
  const defaults = getDefaultClassNames()
  const navButton = cn(buttonVariants({ variant: 'ghost', size: 'icon' }), 'size-8 p-0 aria-disabled:opacity-50')
  return (
    <DayPicker
      showOutsideDays
      {...props}
      locale={calendarLocales[lang]}
      className={cn('bg-background p-3 [--cell-size:--spacing(8)]', className)}
      classNames={{
        root: cn('w-fit', defaults.root),
        months: cn('relative flex flex-col gap-4 md:flex-row', defaults.months),
        month: cn('flex w-full flex-col gap-4', defaults.month),
        nav: cn('absolute inset-x-0 top-0 flex w-full items-center justify-between gap-1', defaults.nav),
        button_previous: cn(navButton, defaults.button_previous),
        button_next: cn(navButton, defaults.button_next),
        month_caption: cn('flex h-8 w-full items-center justify-center px-8', defaults.month_caption),
        caption_label: cn('text-sm font-medium select-none', defaults.caption_label),
        month_grid: 'w-full border-collapse',
        weekdays: cn('flex', defaults.weekdays),
        weekday: cn('flex-1 text-[0.8rem] font-normal text-muted-foreground select-none', defaults.weekday),
        week: cn('mt-2 flex w-full', defaults.week),
        day: cn('relative aspect-square size-(--cell-size) p-0 text-center select-none', defaults.day),
        day_button: cn(
          buttonVariants({ variant: 'ghost' }),
          'size-(--cell-size) p-0 font-normal',
          focusRing,
          defaults.day_button,
        ),
        today: cn('[&>button]:bg-accent [&>button]:text-accent-foreground [&>button]:font-semibold', defaults.today),
        selected: cn(
          '[&>button]:bg-primary [&>button]:text-primary-foreground [&>button]:hover:bg-primary-hover',
          defaults.selected,
        ),
        range_middle: cn(
          '[&>button]:rounded-none [&>button]:bg-accent [&>button]:text-accent-foreground',
          defaults.range_middle,
        ),
        outside: cn('text-muted-foreground aria-selected:text-muted-foreground', defaults.outside),
        disabled: cn('opacity-50', defaults.disabled),
        hidden: cn('invisible', defaults.hidden),
        ...classNames,
      }}
      components={{
        Chevron: ({ orientation, className: chevronClass }) =>
          orientation === 'left' ? (
            <ChevronLeftIcon aria-hidden className={cn('size-4', chevronClass)} />
          ) : (
            <ChevronRightIcon aria-hidden className={cn('size-4', chevronClass)} />
          ),
      }}
    />
  )
}
