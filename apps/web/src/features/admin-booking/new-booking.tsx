'use client'

import { Button } from '@portail/ui/button'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@portail/ui/sheet'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { NewBookingForm } from './new-booking-form'
import { type SeriesResult, SeriesOutcome } from './series-result'

/**
 * The staff "new booking" sheet: the form, then, for a recurring booking, the dates made and
 * skipped. Closing the sheet drops what was typed (the form lives only while the sheet is open).
 */
export function NewBooking({
  timeZone,
  defaultDate,
  onCreated,
}: {
  timeZone: string
  defaultDate: string
  /** Shows the new booking: its day in the calendar and its detail. */
  onCreated: (booking: { id: string; start: string }) => void
}) {
  const t = useTranslations('adminCalendar')
  const [open, setOpen] = useState(false)
  const [series, setSeries] = useState<SeriesResult | null>(null)

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('newBooking')}</Button>
      <Sheet
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (!next) setSeries(null)
        }}
      >
        <SheetContent closeLabel={t('back')} className="overflow-y-auto sm:max-w-lg">
          <SheetHeader>
            <SheetTitle>{t('newBookingTitle')}</SheetTitle>
            <SheetDescription>{t('newBookingDescription', { timeZone })}</SheetDescription>
          </SheetHeader>
          {series ? (
            <SeriesOutcome series={series} timeZone={timeZone} onAnother={() => setSeries(null)} />
          ) : (
            <NewBookingForm
              timeZone={timeZone}
              defaultDate={defaultDate}
              onSeries={setSeries}
              onCreated={(booking) => {
                setOpen(false)
                onCreated(booking)
              }}
            />
          )}
        </SheetContent>
      </Sheet>
    </>
  )
}
