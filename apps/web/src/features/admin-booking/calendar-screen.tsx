'use client'

import type { BookingStatus } from '@portail/core/booking-status'
import { createFormatters } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { BookingDetail } from './booking-detail'
import { staffStatusLabel } from '../booking/status-label'
import { statusClass } from './booking-status'
import { CalendarFeed } from './calendar-feed'
import { CalendarGrid, type GridColumn } from './calendar-grid'
import { addDays, gridHours, instantOf, localDateOf, rangeOf, todayIn, weekStartOf } from './calendar-time'
import { selectClass } from './field-classes'
import { NewBooking } from './new-booking'

export interface CalendarBooking {
  id: string
  status: BookingStatus
  start: string
  end: string
  staffId: string
  staffName: string
  clientName: string
  serviceNameFr: string
  serviceNameEn: string
}

/**
 * The team's calendar: a day with one column per member, or a week of one member (or everyone),
 * bookings placed on the business's clock. A booking opens its detail and actions.
 */
export function CalendarScreen({
  timeZone,
  canWrite,
  initialDate,
  initialBookingId,
}: {
  timeZone: string
  canWrite: boolean
  /** A link to one booking (the client page's appointments) opens on its day with its detail. */
  initialDate?: string | undefined
  initialBookingId?: string | undefined
}) {
  const t = useTranslations('adminCalendar')
  const locale = useLocale()
  // Dates and times as the rest of Portail writes them ("8 h 30" / "8:30 a.m."), on the business's clock.
  const clock = createFormatters({ locale, timeZone })
  const trpc = useTRPC()
  const id = useId()
  const [view, setView] = useState<'day' | 'week'>('day')
  const [date, setDate] = useState(() => initialDate ?? todayIn(timeZone))
  const [memberFilter, setMemberFilter] = useState('')
  const [showCancelled, setShowCancelled] = useState(false)
  const [openId, setOpenId] = useState<string | null>(initialBookingId ?? null)
  const { data: members } = useSuspenseQuery(trpc.staff.bookings.members.queryOptions())
  const first = view === 'day' ? date : weekStartOf(date)
  const dates = Array.from({ length: view === 'day' ? 1 : 7 }, (_, index) => addDays(first, index))
  const range = rangeOf(first, dates.length, timeZone)
  const list = useQuery(
    trpc.staff.bookings.list.queryOptions({
      ...range,
      includeCancelled: showCancelled,
      ...(view === 'week' && memberFilter !== '' ? { staffId: memberFilter } : {}),
    }),
  )
  const bookings: CalendarBooking[] = list.data ?? []
  // A date alone, on the business's clock (noon never crosses a day boundary).
  const dateText = (day: string, style: 'full' | 'week') =>
    style === 'full' ? clock.day(instantOf(day, '12:00', timeZone)) : clock.shortDay(instantOf(day, '12:00', timeZone))
  const timeText = (instant: string) => clock.time(instant)
  const serviceName = (booking: CalendarBooking) => (locale === 'fr' ? booking.serviceNameFr : booking.serviceNameEn)

  const columns: GridColumn<CalendarBooking>[] =
    view === 'day'
      ? members.map((member) => ({
          key: member.id,
          title: member.displayName,
          date,
          items: bookings.filter((booking) => booking.staffId === member.id),
        }))
      : dates.map((day) => ({ key: day, title: dateText(day, 'week'), date: day, items: bookings }))

  const heading =
    view === 'day'
      ? dateText(date, 'full')
      : t('weekOf', { first: dateText(dates[0] ?? date, 'full'), last: dateText(dates[6] ?? date, 'full') })

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end gap-3">
        <div role="group" aria-label={t('viewLabel')} className="flex gap-1">
          <Button
            variant={view === 'day' ? 'default' : 'outline'}
            aria-pressed={view === 'day'}
            onClick={() => setView('day')}
          >
            {t('dayView')}
          </Button>
          <Button
            variant={view === 'week' ? 'default' : 'outline'}
            aria-pressed={view === 'week'}
            onClick={() => setView('week')}
          >
            {t('weekView')}
          </Button>
        </div>
        <div className="flex gap-1">
          <Button variant="outline" onClick={() => setDate(addDays(date, view === 'day' ? -1 : -7))}>
            {view === 'day' ? t('previousDay') : t('previousWeek')}
          </Button>
          <Button variant="outline" onClick={() => setDate(todayIn(timeZone))}>
            {t('today')}
          </Button>
          <Button variant="outline" onClick={() => setDate(addDays(date, view === 'day' ? 1 : 7))}>
            {view === 'day' ? t('nextDay') : t('nextWeek')}
          </Button>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-date`}>{t('dateLabel')}</Label>
          <Input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(event) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) setDate(event.target.value)
            }}
          />
        </div>
        {view === 'week' ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-member`}>{t('memberFilter')}</Label>
            <select
              id={`${id}-member`}
              className={selectClass}
              value={memberFilter}
              onChange={(event) => setMemberFilter(event.target.value)}
            >
              <option value="">{t('everyone')}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex items-center gap-2 pb-2">
          <input
            id={`${id}-cancelled`}
            type="checkbox"
            className="size-4 accent-primary"
            checked={showCancelled}
            onChange={(event) => setShowCancelled(event.target.checked)}
          />
          <Label htmlFor={`${id}-cancelled`}>{t('showCancelled')}</Label>
        </div>
        {canWrite ? (
          <NewBooking
            timeZone={timeZone}
            defaultDate={date}
            onCreated={(booking) => {
              setDate(localDateOf(booking.start, timeZone))
              setOpenId(booking.id)
            }}
          />
        ) : null}
      </div>
      <h2 className="text-lg font-semibold" aria-live="polite">
        {heading}
      </h2>
      {list.isError ? <p role="alert">{t('loadError')}</p> : null}
      <CalendarGrid
        columns={columns}
        hours={gridHours(bookings, dates, timeZone)}
        timeZone={timeZone}
        label={t('gridLabel')}
        emptyLabel={list.isPending ? t('loading') : t('noBookings')}
        itemContent={(booking) => {
          const showStaff = view === 'week' && memberFilter === ''
          return (
            <>
              <span className="font-medium">
                {timeText(booking.start)}
                <span className="sr-only"> {t('endsAt', { end: timeText(booking.end) })},</span>
                <span aria-hidden> · </span>
                {booking.clientName}
              </span>
              <span>
                <span className="sr-only">, </span>
                <span className="font-medium">{staffStatusLabel(t, booking.status)}</span>
                <span className="sr-only">,</span>
                <span aria-hidden> · </span>
                {serviceName(booking)}
                <span className="sr-only">,</span>
                <span className={showStaff ? undefined : 'sr-only'}>
                  {' '}
                  {t('withStaff', { staff: booking.staffName })}
                </span>
              </span>
            </>
          )
        }}
        itemClass={(booking) => statusClass[booking.status]}
        onOpen={(booking) => setOpenId(booking.id)}
      />
      <BookingDetail
        id={openId}
        timeZone={timeZone}
        canWrite={canWrite}
        members={members}
        onClose={() => setOpenId(null)}
      />
      <CalendarFeed timeZone={timeZone} />
    </div>
  )
}
