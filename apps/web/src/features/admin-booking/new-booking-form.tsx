'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@portail/ui/button'
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@portail/ui/form'
import { Label } from '@portail/ui/label'
import { FormNativeSelect } from '@portail/ui/native-select'
import { FormTextField } from '@portail/ui/text-field'
import { Textarea } from '@portail/ui/textarea'
import { toast } from '@portail/ui/toast'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useId } from 'react'
import { type Control, useForm } from 'react-hook-form'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import { useTranslateErrorKey, zodParseOptions } from '../admin/translate-error'
import { ClientSearch, type PickedClient } from './client-search'
import { checkboxClass } from './field-classes'
import { FreeSlotPicker } from './free-slot-picker'
import { bookingRequestOf, type NewBookingValues, newBookingSchema, newBookingValues } from './new-booking-values'
import type { SeriesResult } from './series-result'
import { addressDraftOf } from './service-address-draft'
import { ServiceAddressFields } from './service-address-fields'
import { useFormErrorText } from './use-form-error-text'

const newKey = () => crypto.randomUUID()

/**
 * A booking made by staff for a client: client, service, options, who, then a free time from the
 * same rules clients see, or any time with "ignore rules" and a reason. The service address starts
 * as the client's address on file and may be changed for this booking. A recurring booking (a
 * series) hands what it made to `onSeries`. Each refusal is named on its field, in the reader's
 * language, and the first one takes focus.
 */
export function NewBookingForm({
  timeZone,
  defaultDate,
  onCreated,
  onSeries,
}: {
  timeZone: string
  defaultDate: string
  onCreated: (booking: { id: string; start: string }) => void
  onSeries: (series: SeriesResult) => void
}) {
  const t = useTranslations('adminCalendar')
  const profile = useTranslations('portalProfile')
  const admin = useTranslations('admin')
  const locale = useLocale()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const formErrorText = useFormErrorText()
  const id = useId()
  const form = useForm<NewBookingValues>({
    resolver: zodResolver(newBookingSchema(timeZone, zodParseOptions(locale))),
    defaultValues: newBookingValues(defaultDate, newKey()),
  })
  const values = form.watch()
  const catalog = useQuery(trpc.staff.catalog.get.queryOptions())
  const members = useQuery(trpc.staff.bookings.members.queryOptions())
  const clientDetail = useQuery({
    ...trpc.staff.clients.get.queryOptions({ id: values.client?.id ?? '' }),
    enabled: values.client !== null,
  })
  const create = useMutation(trpc.staff.bookings.create.mutationOptions())
  const createSeries = useMutation(trpc.staff.bookings.createSeries.mutationOptions())
  const services = (catalog.data?.services ?? []).filter(({ service }) => service.active)
  const chosen = services.find(({ service }) => service.id === values.serviceId)
  const performers = (members.data ?? []).filter((member) => chosen?.staffIds.includes(member.id))
  const name = (row: { nameFr: string; nameEn: string }) => (locale === 'fr' ? row.nameFr : row.nameEn)

  const translateKey = useTranslateErrorKey()
  const translate = (key: string): string => {
    switch (key) {
      // One literal key each, so the catalog check sees every message used.
      case 'pickClient':
        return t('pickClient')
      case 'pickService':
        return t('pickService')
      case 'pickStaff':
        return t('pickStaff')
      case 'pickSlot':
        return t('pickSlot')
      case 'pickUntil':
        return t('pickUntil')
      case 'addressIncomplete':
        return profile('addressIncomplete')
      default:
        return formErrorText(key) ?? translateKey(key)
    }
  }

  // A new choice upstream makes the free time picked no longer one of those listed.
  const forgetSlot = () => form.setValue('slotStart', '')

  /** The client's address on file becomes this booking's, until changed here. */
  async function pickClient(client: PickedClient) {
    form.setValue('serviceAddress', addressDraftOf(null))
    try {
      const detail = await queryClient.fetchQuery(trpc.staff.clients.get.queryOptions({ id: client.id }))
      if (form.getValues('client')?.id === client.id) {
        form.setValue('serviceAddress', addressDraftOf(detail.serviceAddress))
      }
    } catch {
      // Not shown then (clientDetail failed too): the booking goes without an address, as typed.
    }
  }

  async function submit(submitted: NewBookingValues) {
    const request = bookingRequestOf(submitted, timeZone)
    if (request === null) return
    try {
      if (request.kind === 'series') {
        const result = await createSeries.mutateAsync(request.input)
        toast.success(t('seriesCreated', { count: result.created.length }))
        onSeries({ created: result.created, skipped: result.skipped })
      } else {
        const booking = await create.mutateAsync(request.input)
        toast.success(t('created'))
        onCreated({ id: booking.id, start: booking.start })
      }
      void queryClient.invalidateQueries({ queryKey: trpc.staff.bookings.pathKey() })
    } catch (caught) {
      form.setError('root.server', { type: 'server', message: errorText(caught, admin('networkError')) })
    }
  }

  const { errors, isSubmitting } = form.formState
  const refusal = (message: string | undefined) => (message === undefined ? undefined : translate(message))
  const formError = errors.root?.server?.message ?? refusal(errors.root?.message)

  return (
    <Form {...form} translateError={translate}>
      <form
        noValidate
        className="flex flex-col gap-4 px-4 pb-6"
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
      >
        <FormField
          control={form.control}
          name="client"
          render={({ field, fieldState }) => (
            <ClientSearch
              client={field.value}
              inputRef={field.ref}
              error={refusal(fieldState.error?.message)}
              onPick={(client) => {
                field.onChange(client)
                void pickClient(client)
              }}
              onClear={() => {
                field.onChange(null)
                form.setValue('serviceAddress', addressDraftOf(null))
              }}
            />
          )}
        />
        <FormNativeSelect
          control={form.control}
          name="serviceId"
          label={t('serviceTerm')}
          onChange={() => {
            form.setValue('optionIds', [])
            form.setValue('staffId', '')
            forgetSlot()
          }}
        >
          <option value="">{t('choose')}</option>
          {services.map(({ service }) => (
            <option key={service.id} value={service.id}>
              {name(service)}
            </option>
          ))}
        </FormNativeSelect>
        {chosen?.options.some((option) => option.active) ? (
          <FormField
            control={form.control}
            name="optionIds"
            render={({ field }) => (
              <fieldset className="flex flex-col gap-2">
                <legend className="mb-1 text-sm font-medium">{t('optionsTerm')}</legend>
                {chosen.options
                  .filter((option) => option.active)
                  .map((option) => (
                    <div key={option.id} className="flex items-center gap-2">
                      <input
                        id={`${id}-option-${option.id}`}
                        type="checkbox"
                        className={checkboxClass}
                        checked={field.value.includes(option.id)}
                        onChange={(event) => {
                          forgetSlot()
                          field.onChange(
                            event.target.checked
                              ? [...field.value, option.id]
                              : field.value.filter((other) => other !== option.id),
                          )
                        }}
                      />
                      <Label htmlFor={`${id}-option-${option.id}`}>{name(option)}</Label>
                    </div>
                  ))}
              </fieldset>
            )}
          />
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormNativeSelect control={form.control} name="staffId" label={t('staffTerm')} onChange={forgetSlot}>
            <option value="">{t('choose')}</option>
            {performers.map((member) => (
              <option key={member.id} value={member.id}>
                {member.displayName}
              </option>
            ))}
          </FormNativeSelect>
          <FormTextField control={form.control} name="date" label={t('dateLabel')} type="date" onChange={forgetSlot} />
        </div>
        <CheckboxField control={form.control} name="ignoreRules" label={t('ignoreRules')} />
        {values.ignoreRules ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <FormTextField control={form.control} name="freeTime" label={t('timeLabel')} type="time" step={300} />
            <FormTextField
              control={form.control}
              name="reason"
              label={t('reasonLabel')}
              maxLength={500}
              fieldClassName="sm:col-span-2"
            />
          </div>
        ) : (
          <FormField
            control={form.control}
            name="slotStart"
            render={({ field, fieldState }) => (
              <FreeSlotPicker
                serviceId={values.serviceId}
                optionIds={values.optionIds}
                staffId={values.staffId}
                date={values.date}
                timeZone={timeZone}
                selected={field.value === '' ? null : field.value}
                onPick={field.onChange}
                groupRef={field.ref}
                error={refusal(fieldState.error?.message)}
              />
            )}
          />
        )}
        {values.client && clientDetail.isSuccess ? <ServiceAddressFields key={values.client.id} /> : null}
        <FormField
          control={form.control}
          name="notes"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t('notesTerm')}</FormLabel>
              <FormControl>
                <Textarea rows={2} maxLength={2000} {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <CheckboxField control={form.control} name="recurring" label={t('recurring')} />
        {values.recurring ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <FormNativeSelect control={form.control} name="frequency" label={t('frequency')}>
              <option value="weekly">{t('weekly')}</option>
              <option value="biweekly">{t('biweekly')}</option>
              <option value="monthly">{t('monthly')}</option>
            </FormNativeSelect>
            <FormTextField control={form.control} name="until" label={t('until')} type="date" />
            <p className="text-sm text-muted-foreground sm:col-span-2">{t('recurringHint')}</p>
          </div>
        ) : null}
        <p role="alert" className="text-sm text-destructive empty:hidden">
          {formError}
        </p>
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {values.recurring ? t('createSeries') : t('createBooking')}
          </Button>
        </div>
      </form>
    </Form>
  )
}

/** A native checkbox with its label, bound to one yes/no of the form. */
function CheckboxField({
  control,
  name,
  label,
}: {
  control: Control<NewBookingValues>
  name: 'ignoreRules' | 'recurring'
  label: string
}) {
  const id = useId()
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <div className="flex items-center gap-2">
          <input
            ref={field.ref}
            id={id}
            name={field.name}
            type="checkbox"
            className={checkboxClass}
            checked={field.value}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.checked)}
          />
          <Label htmlFor={id}>{label}</Label>
        </div>
      )}
    />
  )
}
