import { PaymentsProviderError } from '@portail/billing'
import { DomainError } from '../errors'

/**
 * Runs one processor request outside any transaction and words its failure for the caller: an
 * outage (retryable) is `payment.unavailable` (UNAVAILABLE, try again: the same idempotency key
 * makes the retry safe), a refusal `payment.providerRefused` (BAD_REQUEST). Other errors pass.
 */
export async function callProvider<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    if (!(error instanceof PaymentsProviderError)) throw error
    throw error.retryable
      ? new DomainError('UNAVAILABLE', 'payment.unavailable', { cause: error })
      : new DomainError('BAD_REQUEST', 'payment.providerRefused', { cause: error })
  }
}

/** Idempotency keys of every Stripe write, each derived from one of our ids (docs/decisions/payments.md). */
export const idempotencyKeys = {
  connectAccount: (tenantId: string) => `connect-account:${tenantId}`,
  accountLink: (accountId: string, at: number) => `account-link:${accountId}:${at}`,
  checkout: (checkoutId: string) => `checkout:${checkoutId}`,
  refund: (refundId: string) => `refund:${refundId}`,
  customer: (clientId: string) => `customer:${clientId}`,
  detachCard: (cardId: string) => `card-detach:${cardId}`,
  defaultCard: (cardId: string, at: number) => `card-default:${cardId}:${at}`,
  cancellationFee: (paymentId: string) => `cancellation-fee:${paymentId}`,
  subscription: (subscriptionId: string) => `subscription:${subscriptionId}`,
  cancelSubscription: (subscriptionId: string) => `subscription-cancel:${subscriptionId}`,
} as const
