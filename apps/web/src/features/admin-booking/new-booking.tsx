'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@portail/ui/sheet'
import { Textarea } from '@portail/ui/textarea'
import { toast } from '@portail/ui/toast'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import { instantOf } from './calendar-time'
import { ClientSearch, type PickedClient } from './client-search'
import { selectClass } from './field-classes'
import { FreeSlotPicker } from './free-slot-picker'
import { type SeriesResult, SeriesOutcome } from './series-result'
import { type AddressDraft, addressDraftOf, addressSubmissionOf } from './service-address-draft'
import { ServiceAddressFields } from './service-address-fields'

type Frequency = 'weekly' | 'biweekly' | 'monthly'

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
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [client, setClient] = useState<PickedClient | null>(null)
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

  const catalog = useQuery({ ...trpc.staff.catalog.get.queryOptions(), enabled: open })
  const members = useQuery({ ...trpc.staff.bookings.members.queryOptions(), enabled: open })
  const clientDetail = useQuery({
    ...trpc.staff.clients.get.queryOptions({ id: client?.id ?? '' }),
    enabled: open && client !== null,
  })
  const addressDraft = addressEdit ?? addressDraftOf(clientDetail.data?.serviceAddress)
  const services = (catalog.data?.services ?? []).filter(({ service }) => service.active)
  const chosen = services.find(({ service }) => service.id === serviceId)
  const performers = (members.data ?? []).filter((member) => chosen?.staffIds.includes(member.id))
  const create = useMutation(trpc.staff.bookings.create.mutationOptions())
  const createSeries = useMutation(trpc.staff.bookings.createSeries.mutationOptions())
  const name = (row: { nameFr: string; nameEn: string }) => (locale === 'fr' ? row.nameFr : row.nameEn)

  function reset() {
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
            <SeriesOutcome series={series} timeZone={timeZone} onAnother={reset} />
          ) : (
            <form
              noValidate
              className="flex flex-col gap-4 px-4 pb-6"
              onSubmit={(event) => {
                event.preventDefault()
                void submit()
              }}
            >
              <ClientSearch
                client={client}
                onPick={setClient}
                onClear={() => {
                  setClient(null)
                  setAddressEdit(null)
                }}
              />
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
                            setOptionIds(
                              event.target.checked
                                ? [...optionIds, option.id]
                                : optionIds.filter((other) => other !== option.id),
                            )
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
                    <Input
                      id={`${id}-time`}
                      type="time"
                      step={300}
                      value={freeTime}
                      onChange={(event) => setFreeTime(event.target.value)}
                    />
                  </div>
                  <div className="flex flex-col gap-2 sm:col-span-2">
                    <Label htmlFor={`${id}-reason`}>{t('reasonLabel')}</Label>
                    <Input
                      id={`${id}-reason`}
                      maxLength={500}
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                    />
                  </div>
                </div>
              ) : (
                <FreeSlotPicker
                  serviceId={serviceId}
                  optionIds={optionIds}
                  staffId={staffId}
                  date={date}
                  timeZone={timeZone}
                  selected={slotStart}
                  onPick={setSlotStart}
                />
              )}
              {client && clientDetail.isSuccess ? (
                <ServiceAddressFields key={client.id} draft={addressDraft} onChange={setAddressEdit} />
              ) : null}
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-notes`}>{t('notesTerm')}</Label>
                <Textarea
                  id={`${id}-notes`}
                  rows={2}
                  maxLength={2000}
                  value={notes}
                  onChange={(event) => setNotes(event.target.value)}
                />
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
                      onChange={(event) =>
                        setFrequency(
                          event.target.value === 'biweekly'
                            ? 'biweekly'
                            : event.target.value === 'monthly'
                              ? 'monthly'
                              : 'weekly',
                        )
                      }
                    >
                      <option value="weekly">{t('weekly')}</option>
                      <option value="biweekly">{t('biweekly')}</option>
                      <option value="monthly">{t('monthly')}</option>
                    </select>
                  </div>
                  <div className="flex flex-col gap-2">
                    <Label htmlFor={`${id}-until`}>{t('until')}</Label>
                    <Input
                      id={`${id}-until`}
                      type="date"
                      value={until}
                      onChange={(event) => setUntil(event.target.value)}
                    />
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
