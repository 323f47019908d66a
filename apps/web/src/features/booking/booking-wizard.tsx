'use client'

import { createFormatters, type Locale } from '@portail/i18n'
import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import dynamic from 'next/dynamic'
import { useSearchParams } from 'next/navigation'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import type { Catalog } from './booking-types'
import { dayLabel } from './day-label'
import { browserStores, clearDraft, handOff, restoredDetails, saveTyped, takeDraft } from './booking-draft'
import { DetailsStep } from './details-step'
import { type DetailsFields, detailsFromAddress, type StoredAddress } from './details-fields'
import { OptionsStep } from './options-step'
import { ReviewStep } from './review-step'
import { ServiceStep } from './service-step'
import { StaffStep } from './staff-step'
import { StepProgress } from './step-progress'
import { TimeStep } from './time-step'
import { useDuration } from './use-duration'
import {
  readChoice,
  stepsFor,
  stepToShow,
  totals,
  type WizardChoice,
  type WizardStep,
  wizardSteps,
  writeChoice,
} from './wizard-choice'

// The calendar (react-day-picker and date-fns, 23 kB gzipped) loads when its step is shown, not
// with the wizard's first step (issue 12 §2); rendered on the server all the same.
const AvailableDayCalendar = dynamic(() =>
  import('./available-day-calendar').then((module) => module.AvailableDayCalendar),
)

export interface BookingWizardProps {
  locale: Locale
  /** The business's slug: what the visitor types is kept per business. */
  tenant: string
  business: string
  timeZone: string
  /** Today on the business's clock ("YYYY-MM-DD"), decided by the server so both renders agree. */
  today: string
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
export function BookingWizard({
  locale,
  tenant,
  business,
  timeZone,
  today,
  catalog,
  reader,
  profileAddress,
}: BookingWizardProps) {
  const t = useTranslations('booking')
  const trpc = useTRPC()
  const searchParams = useSearchParams()
  const choice = useMemo(() => readChoice(new URLSearchParams(searchParams.toString())), [searchParams])
  const service = catalog.services.find((offered) => offered.id === choice.serviceId) ?? null
  const steps = stepsFor((service?.options.length ?? 0) > 0)
  const step = stepToShow(searchParams.get('step'), service ? choice : { ...choice, serviceId: null }, steps)
  const format = useMemo(() => createFormatters({ locale, timeZone }), [locale, timeZone])
  const firstMonth = today.slice(0, 7)
  const month = choice.month ?? choice.date?.slice(0, 7) ?? firstMonth

  const [details, setDetails] = useState<DetailsFields>(() => detailsFromAddress(profileAddress))
  const restored = useRef(false)
  useEffect(() => {
    // Storage exists only in the browser: read after hydration, once.
    if (restored.current) return
    restored.current = true
    const stores = browserStores()
    const draft = stores ? takeDraft(stores, tenant, Date.now()) : null
    if (!draft) return
    setDetails(restoredDetails(draft.details, profileAddress))
    // Back without the choice (a sign-in that ended elsewhere): the one handed off comes back.
    if (draft.search !== null && !searchParams.has('service')) {
      const kept = new URLSearchParams(draft.search)
      const step = wizardSteps.find((each) => each === kept.get('step')) ?? 'review'
      window.history.replaceState(null, '', `?${writeChoice(readChoice(kept), step).toString()}`)
    }
  }, [tenant, profileAddress, searchParams])
  const updateDetails = (next: DetailsFields) => {
    setDetails(next)
    const stores = browserStores()
    if (stores) saveTyped(stores, tenant, next)
  }
  const leaveToSignIn = () => {
    const stores = browserStores()
    if (stores) handOff(stores, tenant, { details, search: window.location.search }, Date.now())
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
  const duration = useDuration()

  if (catalog.services.length === 0) {
    return <p className="mt-6 rounded-lg border border-dashed p-6">{t('noServices', { business })}</p>
  }

  return (
    <div className="mt-6 flex flex-col gap-6">
      <StepProgress steps={steps} current={step} onGoTo={(each) => go(choice, each)} />

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
            today={today}
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
          <TimeStep
            locale={locale}
            business={business}
            timeZone={timeZone}
            format={format}
            slots={slots.data}
            status={slots.status}
            selectedStart={choice.start}
            onPick={(slot) => go({ ...choice, start: slot.start }, 'details')}
            onRetry={() => void slots.refetch()}
            onBack={() => go(choice, 'day')}
          />
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
            staffName={staffName}
            details={details}
            format={format}
            reader={reader}
            onChange={(to) => go(choice, to)}
            onPickSlot={(slot) =>
              go({ ...choice, date: slot.localDate, month: slot.localDate.slice(0, 7), start: slot.start }, 'review')
            }
            onLeave={leaveToSignIn}
            onBooked={() => {
              const stores = browserStores()
              if (stores) clearDraft(stores, tenant)
            }}
          />
        ) : null}
      </section>
    </div>
  )
}
