import type { SavedCardInfo } from '../payments/port'
import { savedCard } from './map-stripe-objects'
import { callStripe } from './stripe-errors'
import {
  customerInput,
  defaultCardInput,
  detachCardInput,
  idempotencyKeySchema,
  listCardsInput,
  parseInput,
} from './stripe-inputs'
import { onAccount, type StripeContext } from './stripe-context'

// A client keeps a handful of cards; the bound only stops a runaway listing.
const maxCards = 100

export async function ensureCustomer(
  { stripe }: StripeContext,
  raw: { accountId: string; clientId: string; email: string | null; name: string },
  rawKey: string,
): Promise<{ customerId: string }> {
  const input = parseInput(customerInput, raw, 'ensureCustomer')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'ensureCustomer')
  // Customers live on the connected account (direct charges). The caller records the id; the
  // idempotency key makes a retried creation return the same customer.
  const customer = await callStripe('ensureCustomer', () =>
    stripe.customers.create(
      {
        name: input.name,
        ...(input.email === null ? {} : { email: input.email }),
        metadata: { clientId: input.clientId },
      },
      onAccount(input.accountId, idempotencyKey),
    ),
  )
  return { customerId: customer.id }
}

export async function listCards(
  { stripe }: StripeContext,
  raw: { accountId: string; customerId: string },
): Promise<SavedCardInfo[]> {
  const input = parseInput(listCardsInput, raw, 'listCards')
  const methods = await callStripe('listCards', () =>
    stripe.customers
      .listPaymentMethods(input.customerId, { type: 'card', limit: maxCards }, { stripeAccount: input.accountId })
      .autoPagingToArray({ limit: maxCards }),
  )
  return methods.flatMap((method) => {
    const card = savedCard(method)
    return card === null ? [] : [card]
  })
}

export async function detachCard(
  { stripe }: StripeContext,
  raw: { accountId: string; paymentMethodId: string },
  rawKey: string,
): Promise<void> {
  const input = parseInput(detachCardInput, raw, 'detachCard')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'detachCard')
  await callStripe('detachCard', () =>
    stripe.paymentMethods.detach(input.paymentMethodId, {}, onAccount(input.accountId, idempotencyKey)),
  )
}

export async function setDefaultCard(
  { stripe }: StripeContext,
  raw: { accountId: string; customerId: string; paymentMethodId: string },
  rawKey: string,
): Promise<void> {
  const input = parseInput(defaultCardInput, raw, 'setDefaultCard')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'setDefaultCard')
  await callStripe('setDefaultCard', () =>
    stripe.customers.update(
      input.customerId,
      { invoice_settings: { default_payment_method: input.paymentMethodId } },
      onAccount(input.accountId, idempotencyKey),
    ),
  )
}
