'use client'

import { createFormatters, type Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { Label } from '@portail/ui/label'
import { RadioGroup, RadioGroupItem } from '@portail/ui/radio-group'
import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useSearchParams } from 'next/navigation'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Translator } from '../../i18n/translator'
import { useTRPC } from '../../trpc/client'
import { AvailableDayCalendar } from './available-day-calendar'
import type { Catalog, CatalogService, Slot } from './booking-types'
import { dayLabel, zoneLabel } from './day-label'
import { DetailsStep } from './details-step'
import {
  type DetailsFields,
  detailsFromAddress,
  loadStoredDetails,
  type StoredAddress,
  storeDetails,
} from './details-fields'
import { ReviewStep } from './review-step'
import { SlotPicker } from './slot-picker'
import {
  monthIn,
  readChoice,
  stepsFor,
  stepToShow,
  totals,
  type WizardChoice,
  type WizardStep,
  writeChoice,
} from './wizard-choice'

export interface BookingWizardProps {
  locale: Locale
  business: string
  timeZone: string
  catalog: Catalog
  /** Who reads: a visitor signs in at the review; a signed-in person who is not a client joins first. */
  reader: 'visitor' | 'signedIn' | 'client'
  /** The client's service address, to prefill the details step. */
  profileAddress: StoredAddress | null
}

/**
 * Service -> add-ons -> who -> day -> time -> address and notes -> review -> confirm. The choice
 * lives in the search params (Back works, a visitor signing in comes back to the review); moving
 * to a step puts the focus on its heading so screen readers announce it.
 */
export function BookingWizard({ locale, business, timeZone, catalog, reader, profileAddress }: BookingWizardProps) {
  const t = useTranslations('booking')
  const trpc = useTRPC()
  const searchParams = useSearchParams()
  const choice = useMemo(() => readChoice(new URLSearchParams(searchParams.toString())), [searchParams])
  const service = catalog.services.find((offered) => offered.id === choice.serviceId) ?? null
  const steps = stepsFor((service?.options.length ?? 0) > 0)
  const step = stepToShow(searchParams.get('step'), service ? choice : { ...choice, serviceId: null }, steps)
  const format = useMemo(() => createFormatters({ locale, timeZone }), [locale, timeZone])
  const [firstMonth] = useState(() => monthIn(timeZone, Date.now()))
  const month = choice.month ?? choice.date?.slice(0, 7) ?? firstMonth

  const [details, setDetails] = useState<DetailsFields>(() => detailsFromAddress(profileAddress))
  useEffect(() => {
    // After signing in, what the visitor typed comes back; otherwise the profile's address stays.
    const stored = loadStoredDetails()
    if (stored) setDetails(stored)
  }, [])
  const updateDetails = (next: DetailsFields) => {
    setDetails(next)
    storeDetails(next)
  }

  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [step])

  const go = (next: WizardChoice, to: WizardStep) => {
    moved.current = true
    // Next.js keeps useSearchParams in step with the History API without a server round trip.
    window.history.pushState(null, '', `?${writeChoice(next, to).toString()}`)
  }
  const staffId = choice.staff && choice.staff !== 'any' ? choice.staff : undefined
  const serviceChoice = { serviceId: service?.id ?? '', optionIds: choice.optionIds, staffId }

  const days = useQuery({
    ...trpc.booking.availableDays.queryOptions({ ...serviceChoice, month }),
    enabled: step === 'day' && service !== null,
  })
  const slots = useQuery({
    ...trpc.booking.slots.queryOptions({ ...serviceChoice, date: choice.date ?? '2000-01-01' }),
    enabled: step === 'time' && service !== null && choice.date !== null,
  })

  const heading = (() => {
    switch (step) {
      case 'service':
        return t('serviceHeading')
      case 'options':
        return t('optionsHeading')
      case 'staff':
        return t('staffHeading')
      case 'day':
        return t('dayHeading')
      case 'time':
        return t('timeHeading', { date: choice.date ? dayLabel(choice.date, locale) : '' })
      case 'details':
        return t('detailsHeading')
      case 'review':
        return t('reviewHeading')
    }
  })()

  const staffName = (id: string) => {
    const member = service?.staff.find((person) => person.id === id)
    return member?.displayName ?? t('staffUnnamed')
  }
  const duration = (minutes: number) => {
    const hours = Math.floor(minutes / 60)
    const rest = minutes % 60
    if (hours === 0) return t('durationMinutes', { minutes: rest })
    return rest === 0 ? t('durationHours', { hours }) : t('durationHoursMinutes', { hours, minutes: rest })
  }

  if (catalog.services.length === 0) {
    return <p className="mt-6 rounded-lg border border-dashed p-6">{t('noServices', { business })}</p>
  }

  return (
    <div className="mt-6 flex flex-col gap-6">
      <nav aria-label={t('stepsLabel')}>
        <p className="text-sm text-muted-foreground">
          {t('stepOf', { current: steps.indexOf(step) + 1, total: steps.length })}
        </p>
        <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {steps.map((each, index) => {
            const done = index < steps.indexOf(step)
            const label = stepLabel(t, each)
            return (
              <li
                key={each}
                aria-current={each === step ? 'step' : undefined}
                className={each === step ? 'font-semibold' : ''}
              >
                {done ? (
                  <button
                    type="button"
                    className="underline underline-offset-4 hover:text-primary"
                    onClick={() => go(choice, each)}
                  >
                    {label}
                  </button>
                ) : (
                  <span className={each === step ? '' : 'text-muted-foreground'}>{label}</span>
                )}
              </li>
            )
          })}
        </ol>
      </nav>

      <section aria-labelledby="wizard-step-heading" className="flex flex-col gap-4">
        <h2 id="wizard-step-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
          {heading}
        </h2>

        {step === 'service' ? (
          <ServiceStep
            services={catalog.services}
            selected={choice.serviceId}
            locale={locale}
            format={format}
            duration={duration}
            onNext={(picked) => {
              const offered = catalog.services.find((each) => each.id === picked)
              const sameService = picked === choice.serviceId
              const next: WizardChoice = sameService
                ? choice
                : { serviceId: picked, optionIds: [], staff: null, month: choice.month, date: null, start: null }
              go(next, (offered?.options.length ?? 0) > 0 ? 'options' : 'staff')
            }}
          />
        ) : null}

        {step === 'options' && service ? (
          <OptionsStep
            service={service}
            selected={choice.optionIds}
            locale={locale}
            format={format}
            duration={duration}
            onNext={(optionIds) => {
              const same = optionIds.join() === choice.optionIds.join()
              go(same ? choice : { ...choice, optionIds, date: null, start: null }, 'staff')
            }}
          />
        ) : null}

        {step === 'staff' && service ? (
          <StaffStep
            service={service}
            selected={choice.staff}
            staffName={staffName}
            onNext={(staff) =>
              go(staff === choice.staff ? choice : { ...choice, staff, date: null, start: null }, 'day')
            }
          />
        ) : null}

        {step === 'day' && service ? (
          <AvailableDayCalendar
            locale={locale}
            month={month}
            firstMonth={firstMonth}
            days={days.data}
            status={days.status}
            selected={choice.date}
            onMonthChange={(shown) => {
              moved.current = false
              window.history.replaceState(null, '', `?${writeChoice({ ...choice, month: shown }, 'day').toString()}`)
            }}
            onSelect={(date) => go({ ...choice, month: date.slice(0, 7), date, start: null }, 'time')}
            onRetry={() => void days.refetch()}
          />
        ) : null}

        {step === 'time' && service ? (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-muted-foreground">
              {t('timeZoneNote', { business, zone: zoneLabel(timeZone, locale, Date.now()) })}
            </p>
            <SlotPicker
              slots={slots.data}
              status={slots.status}
              selectedStart={choice.start}
              label={(slot: Slot) => format.time(slot.start)}
              onPick={(slot) => go({ ...choice, start: slot.start }, 'details')}
              onRetry={() => void slots.refetch()}
            />
            <div>
              <Button variant="outline" onClick={() => go(choice, 'day')}>
                {t('back')}
              </Button>
            </div>
          </div>
        ) : null}

        {step === 'details' && service ? (
          <DetailsStep
            business={business}
            value={details}
            onChange={updateDetails}
            onBack={() => go(choice, 'time')}
            onNext={() => go(choice, 'review')}
          />
        ) : null}

        {step === 'review' && service && choice.start ? (
          <ReviewStep
            locale={locale}
            business={business}
            service={service}
            choice={{ ...choice, start: choice.start }}
            policy={catalog.policy}
            totals={totals(service, choice.optionIds)}
            duration={duration}
            who={choice.staff && choice.staff !== 'any' ? staffName(choice.staff) : t('staffAnyone')}
            details={details}
            format={format}
            reader={reader}
            onChange={(to) => go(choice, to)}
            onPickSlot={(slot) =>
              go({ ...choice, date: slot.localDate, month: slot.localDate.slice(0, 7), start: slot.start }, 'review')
            }
            onBooked={() => storeDetails(null)}
          />
        ) : null}
      </section>
    </div>
  )
}

function stepLabel(t: Translator<'booking'>, step: WizardStep): string {
  switch (step) {
    case 'service':
      return t('stepService')
    case 'options':
      return t('stepOptions')
    case 'staff':
      return t('stepStaff')
    case 'day':
      return t('stepDay')
    case 'time':
      return t('stepTime')
    case 'details':
      return t('stepDetails')
    case 'review':
      return t('stepReview')
  }
}

type Format = ReturnType<typeof createFormatters>

function ServiceStep({
  services,
  selected,
  locale,
  format,
  duration,
  onNext,
}: {
  services: CatalogService[]
  selected: string | null
  locale: Locale
  format: Format
  duration: (minutes: number) => string
  onNext: (serviceId: string) => void
}) {
  const t = useTranslations('booking')
  const [value, setValue] = useState(selected ?? '')
  const base = useId()
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (value) onNext(value)
      }}
    >
      <RadioGroup value={value} onValueChange={setValue} aria-labelledby="wizard-step-heading" className="gap-3">
        {services.map((offered) => {
          const itemId = `${base}-${offered.id}`
          const description = locale === 'fr' ? offered.descriptionFr : offered.descriptionEn
          return (
            <div
              key={offered.id}
              className="flex items-start gap-3 rounded-md border p-4 has-[[data-state=checked]]:border-primary"
            >
              <RadioGroupItem id={itemId} value={offered.id} aria-describedby={`${itemId}-about`} className="mt-1" />
              <div className="flex min-w-0 flex-col gap-1">
                <Label htmlFor={itemId} className="text-base">
                  {locale === 'fr' ? offered.nameFr : offered.nameEn}
                </Label>
                <p id={`${itemId}-about`} className="text-sm text-muted-foreground">
                  {[
                    duration(offered.durationMinutes),
                    format.money(offered.priceCents, offered.currency),
                    offered.paymentRule === 'deposit' && offered.depositCents !== null
                      ? t('paymentDeposit', { amount: format.money(offered.depositCents, offered.currency) })
                      : offered.paymentRule === 'full'
                        ? t('paymentFull')
                        : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {description ? <span className="mt-1 block">{description}</span> : null}
                </p>
              </div>
            </div>
          )
        })}
      </RadioGroup>
      <div>
        <Button type="submit" disabled={!value}>
          {t('next')}
        </Button>
      </div>
    </form>
  )
}

function OptionsStep({
  service,
  selected,
  locale,
  format,
  duration,
  onNext,
}: {
  service: CatalogService
  selected: string[]
  locale: Locale
  format: Format
  duration: (minutes: number) => string
  onNext: (optionIds: string[]) => void
}) {
  const t = useTranslations('booking')
  const [value, setValue] = useState(() => selected.filter((id) => service.options.some((option) => option.id === id)))
  const base = useId()
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        // In the catalog's order, so the same add-ons always make the same choice.
        onNext(service.options.filter((option) => value.includes(option.id)).map((option) => option.id))
      }}
    >
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">{t('optionsHeading')}</legend>
        {service.options.map((option) => {
          const itemId = `${base}-${option.id}`
          return (
            <div key={option.id} className="flex items-start gap-3 rounded-md border p-4">
              <Checkbox
                id={itemId}
                className="mt-1"
                checked={value.includes(option.id)}
                aria-describedby={`${itemId}-about`}
                onCheckedChange={(checked) =>
                  setValue((current) =>
                    checked === true ? [...current, option.id] : current.filter((id) => id !== option.id),
                  )
                }
              />
              <div className="flex flex-col gap-1">
                <Label htmlFor={itemId} className="text-base">
                  {locale === 'fr' ? option.nameFr : option.nameEn}
                </Label>
                <p id={`${itemId}-about`} className="text-sm text-muted-foreground">
                  {t('optionExtra', {
                    duration: duration(option.extraMinutes),
                    price: format.money(option.extraPriceCents, service.currency),
                  })}
                </p>
              </div>
            </div>
          )
        })}
      </fieldset>
      <div>
        <Button type="submit">{t('next')}</Button>
      </div>
    </form>
  )
}

function StaffStep({
  service,
  selected,
  staffName,
  onNext,
}: {
  service: CatalogService
  selected: string | null
  staffName: (id: string) => string
  onNext: (staff: string) => void
}) {
  const t = useTranslations('booking')
  const [value, setValue] = useState(selected ?? 'any')
  const base = useId()
  const choices = [
    { id: 'any', label: t('staffAnyone') },
    ...service.staff.map((person) => ({ id: person.id, label: staffName(person.id) })),
  ]
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        onNext(value)
      }}
    >
      <RadioGroup value={value} onValueChange={setValue} aria-labelledby="wizard-step-heading" className="gap-3">
        {choices.map((each) => (
          <div key={each.id} className="flex items-center gap-3 rounded-md border p-4">
            <RadioGroupItem id={`${base}-${each.id}`} value={each.id} />
            <Label htmlFor={`${base}-${each.id}`} className="text-base">
              {each.label}
            </Label>
          </div>
        ))}
      </RadioGroup>
      <div>
        <Button type="submit">{t('next')}</Button>
      </div>
    </form>
  )
}
