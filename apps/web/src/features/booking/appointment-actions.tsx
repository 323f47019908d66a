'use client'

import { createFormatters, type Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@portail/ui/dialog'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useMemo, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import { AvailableDayCalendar } from './available-day-calendar'
import {
  type BookingDetail,
  type ChangeQuote,
  changedCancellation,
  type Slot,
  takenSlotAlternatives,
} from './booking-types'
import { dayLabel } from './day-label'
import { SlotPicker } from './slot-picker'
import { dayIn } from './wizard-choice'

/**
 * Cancel and reschedule one of the client's appointments. Both state the consequence from the
 * server's quote before anything happens; the server checks the policy again when it is done.
 */
export function AppointmentActions({
  booking,
  locale,
  timeZone,
  business,
}: {
  booking: BookingDetail
  locale: Locale
  timeZone: string
  business: string
}) {
  const t = useTranslations('booking')
  const router = useRouter()
  const format = useMemo(() => createFormatters({ locale, timeZone }), [locale, timeZone])
  const [done, setDone] = useState<string | null>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const finished = (message: string) => {
    setDone(message)
    router.refresh()
    requestAnimationFrame(() => doneRef.current?.focus())
  }

  const refusal = (quote: ChangeQuote): string | null => {
    switch (quote.refusal) {
      case null:
        return null
      case 'started':
        return t('refusedStarted')
      case 'notActive':
        return t('refusedNotActive')
      case 'tooLate':
        return t('refusedTooLate', { hours: booking.policy.freeCancelHours, business })
      case 'maxReschedules':
        return t('refusedMaxReschedules', { max: booking.policy.maxReschedules, business })
    }
  }
  const cancelRefusal = refusal(booking.cancellation)
  const rescheduleRefusal = refusal(booking.reschedule)

  return (
    <div className="flex flex-col gap-4">
      {done ? (
        <p
          ref={doneRef}
          tabIndex={-1}
          role="status"
          className="rounded-md border border-primary px-4 py-3 font-medium outline-none"
        >
          {done}
        </p>
      ) : null}
      {booking.reschedule.allowed ? (
        <ReschedulePanel
          booking={booking}
          locale={locale}
          timeZone={timeZone}
          format={format}
          onDone={(start) => finished(t('rescheduled', { when: format.dateTime(start) }))}
        />
      ) : rescheduleRefusal ? (
        <p className="text-sm" data-testid="reschedule-refusal">
          {rescheduleRefusal}
        </p>
      ) : null}
      {booking.cancellation.allowed ? (
        <CancelDialog booking={booking} format={format} onDone={() => finished(t('cancelled'))} />
      ) : cancelRefusal && cancelRefusal !== rescheduleRefusal ? (
        <p className="text-sm">{cancelRefusal}</p>
      ) : null}
    </div>
  )
}

type Format = ReturnType<typeof createFormatters>

function CancelDialog({ booking, format, onDone }: { booking: BookingDetail; format: Format; onDone: () => void }) {
  const t = useTranslations('booking')
  const trpc = useTRPC()
  const [open, setOpen] = useState(false)
  const [quote, setQuote] = useState(booking.cancellation)
  const [changed, setChanged] = useState(false)
  const cancel = useMutation(trpc.booking.cancel.mutationOptions())
  const amount = format.money(quote.feeCents, booking.currency)
  const consequence = quote.alwaysFree
    ? t('cancelAlwaysFree')
    : quote.free
      ? t('cancelFree', { until: format.dateTime(quote.freeUntil) })
      : quote.keepsDeposit
        ? t('cancelLateDeposit', { ago: format.relative(quote.freeUntil), amount })
        : quote.feeCents > 0
          ? t('cancelLate', {
              ago: format.relative(quote.freeUntil),
              percent: booking.policy.lateCancelFeePercent,
              amount,
            })
          : t('cancelLateNoFee', { ago: format.relative(quote.freeUntil) })
  const otherError = cancel.isError && !changed ? errorText(cancel.error, t('networkError')) : null
  return (
    <div>
      <Button
        variant="destructive"
        onClick={() => {
          cancel.reset()
          setChanged(false)
          setOpen(true)
        }}
      >
        {t('cancelAction')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent closeLabel={t('close')}>
          <DialogHeader>
            <DialogTitle>{t('cancelTitle')}</DialogTitle>
            <DialogDescription asChild>
              <div className="flex flex-col gap-2">
                {changed ? (
                  <p role="alert" className="font-medium">
                    {t('policyChanged')}
                  </p>
                ) : null}
                <p data-testid="cancel-consequence">{consequence}</p>
              </div>
            </DialogDescription>
          </DialogHeader>
          {otherError ? (
            <p role="alert" className="text-sm font-medium text-destructive">
              {otherError}
            </p>
          ) : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>
              {t('cancelKeep')}
            </Button>
            <Button
              variant="destructive"
              disabled={cancel.isPending}
              onClick={() =>
                cancel.mutate(
                  { id: booking.id, expectedFeeCents: quote.feeCents },
                  {
                    onSuccess: () => {
                      setOpen(false)
                      onDone()
                    },
                    onError: (error) => {
                      const now = changedCancellation(error)
                      setChanged(now !== null)
                      if (now) setQuote(now)
                    },
                  },
                )
              }
            >
              {cancel.isPending
                ? t('cancelling')
                : quote.feeCents > 0
                  ? t('cancelConfirmFee', { amount })
                  : t('cancelConfirm')}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  )
}

function ReschedulePanel({
  booking,
  locale,
  timeZone,
  format,
  onDone,
}: {
  booking: BookingDetail
  locale: Locale
  timeZone: string
  format: Format
  onDone: (start: string) => void
}) {
  const t = useTranslations('booking')
  const trpc = useTRPC()
  const [open, setOpen] = useState(false)
  const [today] = useState(() => dayIn(timeZone, Date.now()))
  const firstMonth = today.slice(0, 7)
  const [month, setMonth] = useState(firstMonth)
  const [date, setDate] = useState<string | null>(null)
  const [picked, setPicked] = useState<Slot | null>(null)
  const [alternatives, setAlternatives] = useState<Slot[] | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const days = useQuery({ ...trpc.booking.rescheduleDays.queryOptions({ id: booking.id, month }), enabled: open })
  const slots = useQuery({
    ...trpc.booking.rescheduleSlots.queryOptions({ id: booking.id, date: date ?? '2000-01-01' }),
    enabled: open && date !== null,
  })
  const reschedule = useMutation(trpc.booking.reschedule.mutationOptions())
  const move = (slot: Slot) =>
    reschedule.mutate(
      { id: booking.id, start: slot.start },
      {
        onSuccess: (moved) => {
          setOpen(false)
          onDone(moved.start)
        },
        onError: (error) => setAlternatives(takenSlotAlternatives(error)),
      },
    )

  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm">
          {t('rescheduleFree', { until: format.dateTime(booking.reschedule.freeUntil) })}{' '}
          {booking.reschedule.remainingReschedules !== null
            ? t('rescheduleRemaining', { count: booking.reschedule.remainingReschedules })
            : null}
        </p>
        <div>
          <Button
            variant="outline"
            onClick={() => {
              setOpen(true)
              requestAnimationFrame(() => headingRef.current?.focus())
            }}
          >
            {t('rescheduleAction')}
          </Button>
        </div>
      </div>
    )
  }

  return (
    <section aria-labelledby="reschedule-heading" className="flex flex-col gap-4 rounded-lg border p-4">
      <h2 id="reschedule-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t('rescheduleHeading')}
      </h2>
      <p className="text-sm">
        {t('rescheduleFree', { until: format.dateTime(booking.reschedule.freeUntil) })}{' '}
        {booking.reschedule.remainingReschedules !== null
          ? t('rescheduleRemaining', { count: booking.reschedule.remainingReschedules })
          : null}
      </p>
      <AvailableDayCalendar
        locale={locale}
        month={month}
        firstMonth={firstMonth}
        today={today}
        days={days.data}
        status={days.status}
        selected={date}
        onMonthChange={setMonth}
        onSelect={(day) => {
          setDate(day)
          setPicked(null)
          setAlternatives(null)
          reschedule.reset()
        }}
        onRetry={() => void days.refetch()}
      />
      {date ? (
        <div className="flex flex-col gap-3">
          <h3 className="font-medium">{t('timeHeading', { date: dayLabel(date, locale) })}</h3>
          <SlotPicker
            slots={slots.data}
            status={slots.status}
            selectedStart={picked?.start ?? null}
            label={(slot) => format.time(slot.start)}
            onPick={(slot) => {
              setPicked(slot)
              setAlternatives(null)
              reschedule.reset()
            }}
            onRetry={() => void slots.refetch()}
          />
        </div>
      ) : null}
      {reschedule.isError ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border border-destructive p-3">
          {alternatives ? (
            <>
              <p className="font-medium">{alternatives.length > 0 ? t('slotTaken') : t('slotTakenNone')}</p>
              <ul className="flex flex-wrap gap-2">
                {alternatives.map((slot) => (
                  <li key={slot.start}>
                    <Button variant="outline" onClick={() => setPicked(slot)}>
                      {format.dateTime(slot.start)}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="font-medium">{errorText(reschedule.error, t('networkError'))}</p>
          )}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {picked ? (
          <Button disabled={reschedule.isPending} onClick={() => move(picked)}>
            {reschedule.isPending ? t('rescheduling') : t('rescheduleConfirm', { when: format.dateTime(picked.start) })}
          </Button>
        ) : null}
        <Button variant="outline" onClick={() => setOpen(false)}>
          {t('rescheduleCancel')}
        </Button>
      </div>
    </section>
  )
}
