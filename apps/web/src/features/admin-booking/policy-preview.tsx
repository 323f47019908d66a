'use client'

import { createFormatters } from '@portail/i18n'
import { useLocale, useTimeZone, useTranslations } from 'next-intl'
import { useState } from 'react'
import { PolicySummary } from '../booking/policy-summary'
import { addDays, instantOf, localDateOf } from './calendar-time'

/** The example appointment the preview words the policy for: a 100 $ service next week at 10:00. */
const examplePriceCents = 10_000
const exampleDepositCents = 2_500
const exampleCurrency = 'CAD'

/**
 * The policy exactly as a client reads it before confirming (the booking wizard's own
 * PolicySummary), for an example appointment; with "keep the deposit", also for a service that
 * took a deposit, since that is when the client's wording changes.
 */
export function PolicyPreview({
  policy,
}: {
  policy: { freeCancelHours: number; lateCancelFeePercent: number; lateCancelKeepsDeposit: boolean; maxReschedules: number }
}) {
  const t = useTranslations('adminSchedule')
  const locale = useLocale()
  const timeZone = useTimeZone() ?? 'UTC'
  const format = createFormatters({ locale, timeZone })
  // Fixed once per visit, so the example does not move while the owner types.
  const [start] = useState(() => instantOf(addDays(localDateOf(Date.now(), timeZone), 7), '10:00', timeZone).toISOString())
  const example = (depositCents: number | null) => (
    <PolicySummary
      policy={policy}
      start={start}
      totalCents={examplePriceCents}
      currency={exampleCurrency}
      depositCents={depositCents}
      format={format}
    />
  )
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-muted-foreground">
        {t('policyExample', { amount: format.money(examplePriceCents, exampleCurrency), date: format.dateTime(start) })}
      </p>
      {example(null)}
      {policy.lateCancelKeepsDeposit ? (
        <>
          <p className="text-muted-foreground">{t('policyExampleDeposit', { amount: format.money(exampleDepositCents, exampleCurrency) })}</p>
          {example(exampleDepositCents)}
        </>
      ) : null}
    </div>
  )
}
