import type { Formatters } from '@portail/i18n'
import { useTranslations } from 'next-intl'
import type { Catalog } from './booking-types'
import { msPerHour as hour } from '@portail/validators'

/**
 * The cancellation policy in words for one appointment before it is booked: until when changes
 * are free, what cancelling costs after that (or that it never costs anything), and how many
 * reschedules are allowed.
 */
export function PolicySummary({
  policy,
  start,
  totalCents,
  currency,
  depositCents,
  format,
}: {
  policy: Catalog['policy']
  start: string
  totalCents: number
  currency: string
  /** The deposit this service takes, when it takes one. */
  depositCents: number | null
  format: Formatters
}) {
  const t = useTranslations('booking')
  const until = format.dateTime(Date.parse(start) - policy.freeCancelHours * hour)
  const keepsDeposit = policy.lateCancelKeepsDeposit && depositCents !== null && depositCents > 0
  const fee = Math.round((totalCents * policy.lateCancelFeePercent) / 100)
  // No fee and no deposit kept: a deadline for free cancellation would only alarm; the window
  // still bounds moving online.
  const alwaysFree = !keepsDeposit && fee === 0
  return (
    <ul className="list-disc space-y-1 pl-5" data-testid="policy">
      {policy.freeCancelHours === 0 ? (
        // Free until the start: there is no late window, so no late fee to state.
        <li>{t('policyFreeUntilStart', { until })}</li>
      ) : alwaysFree ? (
        <>
          <li>{t('policyAlwaysFree')}</li>
          {policy.maxReschedules > 0 ? (
            <li>{t('policyMoveUntil', { hours: policy.freeCancelHours, until })}</li>
          ) : null}
        </>
      ) : (
        <>
          <li>{t('policyFree', { hours: policy.freeCancelHours, until })}</li>
          <li>
            {keepsDeposit
              ? t('policyKeepsDeposit', { amount: format.money(depositCents, currency) })
              : t('policyFee', { percent: policy.lateCancelFeePercent, amount: format.money(fee, currency) })}
          </li>
        </>
      )}
      <li>{t('policyReschedules', { count: policy.maxReschedules })}</li>
    </ul>
  )
}
