'use client'

import type { Formatters, Locale } from '@portail/i18n'
import { Button, buttonVariants } from '@portail/ui/button'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import { type Catalog, type CatalogService, type Slot, takenSlotAlternatives } from './booking-types'
import { addressToSend, type DetailsFields } from './details-fields'
import { PolicySummary } from './policy-summary'
import type { WizardChoice, WizardStep } from './wizard-choice'

interface Attempt {
  /** What is being booked; a different choice is a different attempt. */
  signature: string
  key: string
}

const newKey = () => `wiz-${crypto.randomUUID()}`

/**
 * The summary, the policy in words, and the one button that books. One idempotency key per
 * attempt: a retry after a lost answer sends the same key, so the server never books twice.
 */
export function ReviewStep({
  locale,
  business,
  service,
  choice,
  policy,
  totals,
  duration,
  who,
  staffName,
  details,
  format,
  reader,
  onChange,
  onPickSlot,
  onLeave,
  onBooked,
}: {
  locale: Locale
  business: string
  service: CatalogService
  choice: WizardChoice & { start: string }
  policy: Catalog['policy']
  totals: { minutes: number; priceCents: number }
  duration: (minutes: number) => string
  /** Who was chosen: a name, or "anyone" until the booking says who was assigned. */
  who: string
  staffName: (staffId: string) => string
  details: DetailsFields
  format: Formatters
  reader: 'visitor' | 'signedIn' | 'client'
  onChange: (step: WizardStep) => void
  onPickSlot: (slot: Slot) => void
  /** The visitor leaves to sign in or to open their client space, and will come back here. */
  onLeave: () => void
  onBooked: () => void
}) {
  const t = useTranslations('booking')
  const trpc = useTRPC()
  const create = useMutation(trpc.booking.create.mutationOptions({ onSuccess: onBooked }))
  const attempt = useRef<Attempt | null>(null)
  const resultRef = useRef<HTMLDivElement>(null)
  const [alternatives, setAlternatives] = useState<Slot[] | null>(null)
  const address = addressToSend(details)
  const notes = details.notes.trim()
  const staffId = choice.staff && choice.staff !== 'any' ? choice.staff : undefined
  const input = {
    serviceId: service.id,
    optionIds: choice.optionIds,
    staffId,
    start: choice.start,
    serviceAddress: address === 'incomplete' ? null : address,
    notes: notes === '' ? undefined : notes,
    locale,
  }
  const signature = JSON.stringify(input)

  useEffect(() => {
    if (create.isSuccess || create.isError) resultRef.current?.focus()
  }, [create.isSuccess, create.isError])

  const confirm = () => {
    if (attempt.current?.signature !== signature) attempt.current = { signature, key: newKey() }
    setAlternatives(null)
    create.mutate(
      { ...input, idempotencyKey: attempt.current.key },
      { onError: (error) => setAlternatives(takenSlotAlternatives(error)) },
    )
  }

  const booked = create.data
  if (booked) {
    return (
      <div
        ref={resultRef}
        tabIndex={-1}
        role="status"
        className="flex flex-col gap-3 rounded-lg border border-primary p-6 outline-none"
      >
        <p className="text-lg font-semibold">{t('bookedTitle')}</p>
        <p>
          {t('bookedBody', {
            service: locale === 'fr' ? service.nameFr : service.nameEn,
            when: format.dateTime(booked.start),
            who: staffName(booked.staffId),
          })}
        </p>
        {booked.status === 'pending_payment' && booked.holdExpiresAt ? (
          <p className="font-medium" data-testid="pending-payment">
            {t('pendingPayment', { time: format.time(booked.holdExpiresAt) })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Link href={`/${locale}/portal/appointments/${booked.id}`} className={buttonVariants()}>
            {t('viewAppointment')}
          </Link>
          <a href={`/${locale}/portal/book`} className={buttonVariants({ variant: 'outline' })}>
            {t('bookAnother')}
          </a>
        </div>
      </div>
    )
  }

  const optionNames = service.options
    .filter((option) => choice.optionIds.includes(option.id))
    .map((option) => (locale === 'fr' ? option.nameFr : option.nameEn))
  const addressText =
    address && address !== 'incomplete'
      ? [address.line1, address.line2, `${address.city} ${address.province} ${address.postalCode}`]
          .filter(Boolean)
          .join(', ')
      : t('reviewAtBusiness', { business })
  const rows: [string, string, WizardStep | null][] = [
    [t('reviewService'), locale === 'fr' ? service.nameFr : service.nameEn, 'service'],
    ...(service.options.length > 0
      ? [[t('reviewOptions'), optionNames.join(', ') || t('reviewNone'), 'options'] as [string, string, WizardStep]]
      : []),
    [t('reviewWith'), who, 'staff'],
    [t('reviewWhen'), format.dateTime(choice.start), 'day'],
    [t('reviewDuration'), duration(totals.minutes), null],
    [t('reviewPrice'), format.money(totals.priceCents, service.currency), null],
    [t('reviewAddress'), addressText, 'details'],
    [t('reviewNotes'), notes || t('reviewNone'), 'details'],
  ]
  const payment =
    service.paymentRule === 'deposit' && service.depositCents !== null
      ? format.money(service.depositCents, service.currency)
      : service.paymentRule === 'full'
        ? format.money(totals.priceCents, service.currency)
        : null

  return (
    <div className="flex flex-col gap-6">
      <dl
        className="grid gap-x-6 gap-y-3 rounded-lg border p-4 sm:grid-cols-[max-content_1fr_max-content]"
        data-testid="review"
      >
        {rows.map(([term, value, step]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
            <dd>
              {step ? (
                <button
                  type="button"
                  className="text-sm text-primary underline underline-offset-4"
                  onClick={() => onChange(step)}
                >
                  {t('change')}
                  <span className="sr-only"> ({term})</span>
                </button>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="policy-heading" className="flex flex-col gap-2">
        <h3 id="policy-heading" className="font-semibold">
          {t('policyHeading')}
        </h3>
        <PolicySummary
          policy={policy}
          start={choice.start}
          totalCents={totals.priceCents}
          currency={service.currency}
          depositCents={service.paymentRule === 'deposit' ? service.depositCents : null}
          format={format}
        />
        {payment ? <p className="text-sm">{t('paymentNote', { business, amount: payment })}</p> : null}
      </section>

      {create.isError ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          role="alert"
          className="flex flex-col gap-3 rounded-md border border-destructive p-4 outline-none"
        >
          {alternatives ? (
            <>
              <p className="font-medium">{alternatives.length > 0 ? t('slotTaken') : t('slotTakenNone')}</p>
              {alternatives.length > 0 ? (
                <ul className="flex flex-wrap gap-2" data-testid="next-slots">
                  {alternatives.map((slot) => (
                    <li key={slot.start}>
                      <Button
                        variant="outline"
                        onClick={() => {
                          create.reset()
                          onPickSlot(slot)
                        }}
                      >
                        {format.dateTime(slot.start)}
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : (
                <div>
                  <Button variant="outline" onClick={() => onChange('day')}>
                    {t('stepDay')}
                  </Button>
                </div>
              )}
            </>
          ) : (
            <p className="font-medium">{errorText(create.error, t('networkError'))}</p>
          )}
        </div>
      ) : null}

      {reader === 'client' ? (
        <div>
          <Button onClick={confirm} disabled={create.isPending}>
            {create.isPending ? t('confirming') : t('confirm')}
          </Button>
        </div>
      ) : reader === 'visitor' ? (
        <div className="flex flex-col gap-2">
          <div>
            <Button
              onClick={() => {
                onLeave()
                window.location.assign(
                  `/${locale}/sign-in?next=${encodeURIComponent(`${window.location.pathname}${window.location.search}`)}`,
                )
              }}
            >
              {t('signInToBook')}
            </Button>
          </div>
          <p className="text-sm text-muted-foreground">{t('signInWhy')}</p>
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          <p>{t('joinToBook', { business })}</p>
          <div>
            <Button
              onClick={() => {
                onLeave()
                window.location.assign(
                  `/${locale}/portal?next=${encodeURIComponent(`${window.location.pathname}${window.location.search}`)}`,
                )
              }}
            >
              {t('joinAction')}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
