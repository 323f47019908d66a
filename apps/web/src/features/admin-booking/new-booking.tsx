'use client'

import { createFormatters } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@portail/ui/sheet'
import { Textarea } from '@portail/ui/textarea'
import { toast } from '@portail/ui/toast'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useFormatter, useLocale, useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '../../trpc/client'
import { errorText } from '../admin/error-text'
import { instantOf } from './calendar-time'
import { selectClass } from './field-classes'
import { type AddressDraft, addressDraftOf, addressSubmissionOf } from './service-address-draft'
import { ServiceAddressFields } from './service-address-fields'

type Frequency = 'weekly' | 'biweekly' | 'monthly'

interface SeriesResult {
  created: { id: string; start: string }[]
  skipped: { start: string; reason: 'conflict' | 'closed' | 'outsideHours' }[]
}

const newKey = () => crypto.randomUUID()

/**
 * A booking made by staff for a client: client, service, options, who, then a free time from the
 * same rules clients see, or any time with "ignore rules" and a reason. The service address starts
 * as the client's address on file and may be changed for this booking. Recurring bookings (a
 * series) list the dates made and the ones skipped.
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
  const profile = useTranslations('portalProfile')
  const admin = useTranslations('admin')
  const locale = useLocale()
  const format = useFormatter()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState('')
  const [client, setClient] = useState<{ id: string; fullName: string } | null>(null)
  const [serviceId, setServiceId] = useState('')
  const [optionIds, setOptionIds] = useState<string[]>([])
  const [staffId, setStaffId] = useState('')
  const [date, setDate] = useState(defaultDate)
  const [slotStart, setSlotStart] = useState<string | null>(null)
  const [ignoreRules, setIgnoreRules] = useState(false)
  const [freeTime, setFreeTime] = useState('09:00')
  const [reason, setReason] = useState('')
  const [notes, setNotes] = useState('')
  /** The address as edited for this booking; null: still the client's address on file. */
  const [addressEdit, setAddressEdit] = useState<AddressDraft | null>(null)
  const [recurring, setRecurring] = useState(false)
  const [frequency, setFrequency] = useState<Frequency>('weekly')
  const [until, setUntil] = useState('')
  const [key, setKey] = useState(newKey)
  const [error, setError] = useState<string | null>(null)
  const [series, setSeries] = useState<SeriesResult | null>(null)

  const catalog = useQuery({ ...trpc.staff.booking.catalog.queryOptions(), enabled: open })
  const members = useQuery({ ...trpc.staff.bookings.members.queryOptions(), enabled: open })
  const clients = useQuery({
    ...trpc.staff.clients.list.queryOptions({ search: search.trim(), limit: 8 }),
    enabled: open && search.trim().length >= 2 && client === null,
  })
  const clientDetail = useQuery({
    ...trpc.staff.clients.get.queryOptions({ id: client?.id ?? '' }),
    enabled: open && client !== null,
  })
  const addressDraft = addressEdit ?? addressDraftOf(clientDetail.data?.serviceAddress)
  const services = (catalog.data?.services ?? []).filter(({ service }) => service.active)
  const chosen = services.find(({ service }) => service.id === serviceId)
  const performers = (members.data ?? []).filter((member) => chosen?.staffIds.includes(member.id))
  const slots = useQuery({
    ...trpc.booking.slots.queryOptions({ serviceId, optionIds, staffId, date }),
    enabled: open && !ignoreRules && serviceId !== '' && staffId !== '' && /^\d{4}-\d{2}-\d{2}$/.test(date),
  })
  const create = useMutation(trpc.staff.bookings.create.mutationOptions())
  const createSeries = useMutation(trpc.staff.bookings.createSeries.mutationOptions())
  const name = (row: { nameFr: string; nameEn: string }) => (locale === 'fr' ? row.nameFr : row.nameEn)
  const when = (instant: string) => format.dateTime(new Date(instant), { dateStyle: 'full', timeStyle: 'short', timeZone })
  const time = (instant: string) => createFormatters({ locale, timeZone }).time(instant)

  function reset() {
    setSearch('')
    setClient(null)
    setServiceId('')
    setOptionIds([])
    setStaffId('')
    setDate(defaultDate)
    setSlotStart(null)
    setIgnoreRules(false)
    setReason('')
    setNotes('')
    setAddressEdit(null)
    setRecurring(false)
    setUntil('')
    setError(null)
    setSeries(null)
    setKey(newKey())
  }

  function startOrProblem(): string | { problem: string } {
    if (!client) return { problem: t('pickClient') }
    if (!chosen) return { problem: t('pickService') }
    if (staffId === '') return { problem: t('pickStaff') }
    if (ignoreRules) {
      if (reason.trim() === '') return { problem: t('reasonRequired') }
      return instantOf(date, freeTime, timeZone).toISOString()
    }
    return slotStart ?? { problem: t('pickSlot') }
  }

  async function submit() {
    setError(null)
    const start = startOrProblem()
    if (typeof start !== 'string') {
      setError(start.problem)
      return
    }
    if (!client) return
    const address = addressSubmissionOf(addressDraft)
    if (!address.ok) {
      setError(profile('addressIncomplete'))
      return
    }
    const { serviceAddress } = address
    try {
      if (recurring) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) {
          setError(t('pickUntil'))
          return
        }
        const result = await createSeries.mutateAsync({
          clientId: client.id,
          serviceId,
          optionIds,
          staffId,
          firstStart: start,
          frequency,
          until,
          serviceAddress,
          idempotencyKey: key,
        })
        setSeries({ created: result.created, skipped: result.skipped })
        toast.success(t('seriesCreated', { count: result.created.length }))
      } else {
        const booking = await create.mutateAsync({
          clientId: client.id,
          serviceId,
          optionIds,
          staffId,
          start,
          serviceAddress,
          idempotencyKey: key,
          ...(notes.trim() === '' ? {} : { notes: notes.trim() }),
          ...(ignoreRules ? { ignoreRules: true, reason: reason.trim() } : {}),
        })
        toast.success(t('created'))
        setOpen(false)
        reset()
        onCreated({ id: booking.id, start: booking.start })
      }
      void queryClient.invalidateQueries({ queryKey: trpc.staff.bookings.pathKey() })
    } catch (caught) {
      setError(errorText(caught, admin('networkError')))
    }
  }

  const skippedReason = (why: SeriesResult['skipped'][number]['reason']) =>
    why === 'conflict' ? t('skippedConflict') : why === 'closed' ? t('skippedClosed') : t('skippedOutsideHours')

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('newBooking')}</Button>
      <Sheet
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (!next) reset()
        }}
      >
        <SheetContent closeLabel={t('back')} className="overflow-y-auto sm:max-w-lg">
          <SheetHeader>
            <SheetTitle>{t('newBookingTitle')}</SheetTitle>
            <SheetDescription>{t('newBookingDescription', { timeZone })}</SheetDescription>
          </SheetHeader>
          {series ? (
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
                <Button variant="outline" onClick={reset}>
                  {t('anotherBooking')}
                </Button>
              </div>
            </div>
          ) : (
            <form
              noValidate
              className="flex flex-col gap-4 px-4 pb-6"
              onSubmit={(event) => {
                event.preventDefault()
                void submit()
              }}
            >
              <fieldset className="flex flex-col gap-2">
                <legend className="mb-1 font-medium">{t('clientTerm')}</legend>
                {client ? (
                  <p className="flex items-center justify-between gap-2 text-sm">
                    <span>{client.fullName}</span>
                    <Button
                      type="button"
                      variant="outline"
                      size="sm"
                      onClick={() => {
                        setClient(null)
                        setAddressEdit(null)
                      }}
                    >
                      {t('changeClient')}
                    </Button>
                  </p>
                ) : (
                  <>
                    <Label htmlFor={`${id}-search`}>{t('clientSearch')}</Label>
                    <Input id={`${id}-search`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
                    <ul aria-label={t('clientResults')} className="flex flex-col gap-1">
                      {(clients.data?.items ?? []).map((row) => (
                        <li key={row.id}>
                          <Button type="button" variant="ghost" className="w-full justify-start" onClick={() => setClient({ id: row.id, fullName: row.fullName })}>
                            {row.email ? `${row.fullName} · ${row.email}` : row.fullName}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </fieldset>
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-service`}>{t('serviceTerm')}</Label>
                <select
                  id={`${id}-service`}
                  className={selectClass}
                  value={serviceId}
                  onChange={(event) => {
                    setServiceId(event.target.value)
                    setOptionIds([])
                    setStaffId('')
                    setSlotStart(null)
                  }}
                >
                  <option value="">{t('choose')}</option>
                  {services.map(({ service }) => (
                    <option key={service.id} value={service.id}>
                      {name(service)}
                    </option>
                  ))}
                </select>
              </div>
              {chosen?.options.some((option) => option.active) ? (
                <fieldset className="flex flex-col gap-2">
                  <legend className="mb-1 text-sm font-medium">{t('optionsTerm')}</legend>
                  {chosen.options
                    .filter((option) => option.active)
                    .map((option) => (
                      <div key={option.id} className="flex items-center gap-2">
                        <input
                          id={`${id}-option-${option.id}`}
                          type="checkbox"
                          className="size-4 accent-primary"
                          checked={optionIds.includes(option.id)}
                          onChange={(event) => {
                            setSlotStart(null)
                            setOptionIds(event.target.checked ? [...optionIds, option.id] : optionIds.filter((other) => other !== option.id))
                          }}
                        />
                        <Label htmlFor={`${id}-option-${option.id}`}>{name(option)}</Label>
                      </div>
                    ))}
                </fieldset>
              ) : null}
              <div className="grid gap-4 sm:grid-cols-2">
                <div className="flex flex-col gap-2">
                  <Label htmlFor={`${id}-staff`}>{t('staffTerm')}</Label>
                  <select
                    id={`${id}-staff`}
                    className={selectClass}
                    value={staffId}
                    onChange={(event) => {
                      setStaffId(event.target.value)
                      setSlotStart(null)
                    }}
                  >
                    <option value="">{t('choose')}</option>
                    {performers.map((member) => (
                      <option key={member.id} value={member.id}>
                        {member.displayName}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="flex flex-col gap-2">
                  <Label htmlFor={`${id}-date`}>{t('dateLabel')}</Label>
                  <Input
                    id={`${id}-date`}
                    type="date"
                    value={date}
                    onChange={(event) => {
                      setDate(event.target.value)
                      setSlotStart(null)
                    }}
                  />
                </div>
              </div>
              <div className="flex items-center gap-2">
                <input
                  id={`${id}-ignore`}
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={ignoreRules}
                  onChange={(event) => setIgnoreRules(event.target.checked)}
                />
                <Label htmlFor={`${id}-ignore`}>{t('ignoreRules')}</Label>
              </div>
              {ignoreRules ? (
                <div className="grid gap-4 sm:grid-cols-2">
                  <div className="flex flex-col gap-2">
                    <Label htmlFor={`${id}-time`}>{t('timeLabel')}</Label>
                    <Input id={`${id}-time`} type="time" step={300} value={freeTime} onChange={(event) => setFreeTime(event.target.value)} />
                  </div>
                  <div className="flex flex-col gap-2 sm:col-span-2">
                    <Label htmlFor={`${id}-reason`}>{t('reasonLabel')}</Label>
                    <Input id={`${id}-reason`} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
                  </div>
                </div>
              ) : (
                <fieldset className="flex flex-col gap-2">
                  <legend className="mb-1 text-sm font-medium">{t('slotsTerm')}</legend>
                  {serviceId === '' || staffId === '' ? <p className="text-sm text-muted-foreground">{t('slotsNeedChoice')}</p> : null}
                  {slots.isPending && serviceId !== '' && staffId !== '' ? <p className="text-sm text-muted-foreground">{t('loading')}</p> : null}
                  {slots.isError ? <p className="text-sm text-destructive">{errorText(slots.error, admin('networkError'))}</p> : null}
                  {slots.data?.length === 0 ? <p className="text-sm text-muted-foreground">{t('noSlots')}</p> : null}
                  <div className="flex flex-wrap gap-2">
                    {(slots.data ?? []).map((slot) => (
                      <Button
                        key={slot.start}
                        type="button"
                        size="sm"
                        variant={slotStart === slot.start ? 'default' : 'outline'}
                        aria-pressed={slotStart === slot.start}
                        onClick={() => setSlotStart(slot.start)}
                      >
                        {time(slot.start)}
                      </Button>
                    ))}
                  </div>
                </fieldset>
              )}
              {client && clientDetail.isSuccess ? (
                <ServiceAddressFields key={client.id} draft={addressDraft} onChange={setAddressEdit} />
              ) : null}
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-notes`}>{t('notesTerm')}</Label>
                <Textarea id={`${id}-notes`} rows={2} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} />
              </div>
              <div className="flex items-center gap-2">
                <input
                  id={`${id}-recurring`}
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={recurring}
                  onChange={(event) => setRecurring(event.target.checked)}
                />
                <Label htmlFor={`${id}-recurring`}>{t('recurring')}</Label>
              </div>
              {recurring ? (
                <div className="grid gap-4 sm:grid-cols-2">
                  <div className="flex flex-col gap-2">
                    <Label htmlFor={`${id}-frequency`}>{t('frequency')}</Label>
                    <select
                      id={`${id}-frequency`}
                      className={selectClass}
                      value={frequency}
                      onChange={(event) => setFrequency(event.target.value === 'biweekly' ? 'biweekly' : event.target.value === 'monthly' ? 'monthly' : 'weekly')}
                    >
                      <option value="weekly">{t('weekly')}</option>
                      <option value="biweekly">{t('biweekly')}</option>
                      <option value="monthly">{t('monthly')}</option>
                    </select>
                  </div>
                  <div className="flex flex-col gap-2">
                    <Label htmlFor={`${id}-until`}>{t('until')}</Label>
                    <Input id={`${id}-until`} type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
                  </div>
                  <p className="text-sm text-muted-foreground sm:col-span-2">{t('recurringHint')}</p>
                </div>
              ) : null}
              {error ? (
                <p role="alert" className="text-sm text-destructive">
                  {error}
                </p>
              ) : null}
              <div>
                <Button type="submit" disabled={create.isPending || createSeries.isPending}>
                  {recurring ? t('createSeries') : t('createBooking')}
                </Button>
              </div>
            </form>
          )}
        </SheetContent>
      </Sheet>
    </>
  )
}
