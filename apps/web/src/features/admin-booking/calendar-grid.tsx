'use client'

import { cn } from '@portail/ui/cn'
import { createFormatters } from '@portail/i18n'
import { useLocale } from 'next-intl'
import type { ReactNode } from 'react'
import { instantOf, placeOnDay, withLanes } from './calendar-time'

/** Pixels per minute of the grid: an hour is 64 px, so a 45-minute booking shows its two lines. */
const scale = 16 / 15

export interface GridColumn<T> {
  key: string
  /** The column heading (a member's name on the day view, a date on the week view). */
  title: string
  /** The local date this column shows. */
  date: string
  items: T[]
}

/**
 * Columns of bookings positioned by their time on the business's clock. Each column is a list
 * of buttons in time order whose names say everything (time, client, service, status), so a
 * keyboard or screen-reader user gets the same calendar as a sighted mouse user.
 */
export function CalendarGrid<T extends { id: string; start: string; end: string }>({
  columns,
  hours,
  timeZone,
  label,
  emptyLabel,
  itemContent,
  itemClass,
  onOpen,
}: {
  columns: GridColumn<T>[]
  hours: { start: number; end: number }
  timeZone: string
  label: string
  emptyLabel: string
  /** The button's content: its text is the button's whole accessible name (visible words first, the rest sr-only). */
  itemContent: (item: T) => ReactNode
  itemClass: (item: T) => string
  onOpen: (item: T) => void
}) {
  const clock = createFormatters({ locale: useLocale(), timeZone })
  const height = (hours.end - hours.start) * scale
  const marks: number[] = []
  for (let minute = hours.start; minute < hours.end; minute += 60) marks.push(minute)
  const firstDate = columns[0]?.date ?? '2000-01-01'
  const hourText = (minute: number) => clock.time(instantOf(firstDate, `${Math.floor(minute / 60)}:${minute % 60}`, timeZone))

  return (
    <section aria-label={label} className="overflow-x-auto rounded-lg border">
      <div className="flex min-w-fit">
        <div aria-hidden className="sticky left-0 z-10 w-16 shrink-0 border-r bg-background">
          <div className="h-10 border-b" />
          <div className="relative" style={{ height }}>
            {marks.map((minute) => (
              <span key={minute} className="absolute right-2 -translate-y-1/2 text-xs text-muted-foreground" style={{ top: (minute - hours.start) * scale }}>
                {minute === hours.start ? '' : hourText(minute)}
              </span>
            ))}
          </div>
        </div>
        {columns.map((column) => {
          const placed = withLanes(placeOnDay(column.items, column.date, timeZone, hours.start, hours.end))
          return (
            <div key={column.key} className="min-w-28 flex-1 border-r last:border-r-0">
              <h3 className="flex h-10 items-center justify-center border-b px-2 text-center text-sm font-medium">{column.title}</h3>
              <div className="relative" style={{ height }}>
                {marks.map((minute) => (
                  <div key={minute} aria-hidden className="absolute inset-x-0 border-t border-dashed border-border" style={{ top: (minute - hours.start) * scale }} />
                ))}
                <ul aria-label={column.title} className="contents">
                  {placed.length === 0 ? <li className="sr-only">{emptyLabel}</li> : null}
                  {placed.map(({ item, top, height: length, lane, lanes }) => {
                    return (
                      <li
                        key={item.id}
                        className="absolute px-0.5"
                        style={{ top: top * scale, height: length * scale, left: `${(lane / lanes) * 100}%`, width: `${100 / lanes}%` }}
                      >
                        <button
                          type="button"
                          onClick={() => onOpen(item)}
                          className={cn(
                            'flex h-full w-full flex-col overflow-hidden rounded-md border border-l-4 px-2 py-0.5 text-left text-xs shadow-xs focus-visible:z-10 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                            itemClass(item),
                          )}
                        >
                          {itemContent(item)}
                        </button>
                      </li>
                    )
                  })}
                </ul>
              </div>
            </div>
          )
        })}
      </div>
    </section>
  )
}
