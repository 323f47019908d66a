import type { Formatters } from '@portail/i18n'
import { useTranslations } from 'next-intl'
import type { Catalog } from './booking-types'
import { msPerHour as hour } from '@portail/validators'

/**
 * The cancellation policy in words for one appointment before it is booked: until when changes
 * are free, what cancelling costs after that, and how many reschedules are allowed.
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
  return (
    <ul className="list-disc space-y-1 pl-5" data-testid="policy">
      {policy.freeCancelHours === 0 ? (
        // Free until the start: there is no late window, so no late fee to state.
        <li>{t('policyFreeUntilStart', { until })}</li>
      ) : (
        <>
          <li>{t('policyFree', { hours: policy.freeCancelHours, until })}</li>
          <li>
            {keepsDeposit
              ? t('policyKeepsDeposit', { amount: format.money(depositCents, currency) })
              : fee > 0
                ? t('policyFee', { percent: policy.lateCancelFeePercent, amount: format.money(fee, currency) })
                : t('policyNoFee')}
          </li>
        </>
      )}
      <li>{t('policyReschedules', { count: policy.maxReschedules })}</li>
    </ul>
  )
}
