import { loggerFor } from '@portail/logger'
import type { BillingDelivery } from './deliver-billing-mail'

export const log = loggerFor('payment-workflows')

/** What one message step came to (JSON: it is memoised with the run). */
export type MailResult = BillingDelivery | { status: 'skipped'; reason: string }

/** Nothing to send (the row is gone or no longer calls for it): logged, and the run ends quietly. */
export function skipped(reason: string, about: Record<string, string>): MailResult {
  log.warn({ ...about, reason }, 'payment message not sent')
  return { status: 'skipped', reason }
}
