import type { ConnectAccountStatus } from '../payments/port'
import { accountStatus } from './map-stripe-objects'
import { callStripe } from './stripe-errors'
import {
  accountIdInput,
  accountLinkInput,
  connectedAccountInput,
  idempotencyKeySchema,
  parseInput,
} from './stripe-inputs'
import type { StripeContext } from './stripe-context'

export async function createConnectedAccount(
  { stripe }: StripeContext,
  raw: { tenantId: string; businessName: string; email: string | null },
  rawKey: string,
): Promise<{ accountId: string }> {
  const input = parseInput(connectedAccountInput, raw, 'createConnectedAccount')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'createConnectedAccount')
  const account = await callStripe('createConnectedAccount', () =>
    stripe.accounts.create(
      {
        country: 'CA',
        default_currency: 'cad',
        ...(input.email === null ? {} : { email: input.email }),
        business_profile: { name: input.businessName },
        // The platform pays Stripe's fees and carries losses; the business gets the Express dashboard.
        controller: {
          fees: { payer: 'application' },
          losses: { payments: 'application' },
          stripe_dashboard: { type: 'express' },
        },
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        metadata: { tenantId: input.tenantId },
      },
      { idempotencyKey },
    ),
  )
  return { accountId: account.id }
}

export async function createAccountLink(
  { stripe }: StripeContext,
  raw: { accountId: string; refreshUrl: string; returnUrl: string },
  rawKey: string,
): Promise<{ url: string }> {
  const input = parseInput(accountLinkInput, raw, 'createAccountLink')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'createAccountLink')
  const link = await callStripe('createAccountLink', () =>
    stripe.accountLinks.create(
      {
        account: input.accountId,
        refresh_url: input.refreshUrl,
        return_url: input.returnUrl,
        type: 'account_onboarding',
      },
      { idempotencyKey },
    ),
  )
  return { url: link.url }
}

export async function retrieveAccount({ stripe }: StripeContext, raw: string): Promise<ConnectAccountStatus> {
  const accountId = parseInput(accountIdInput, raw, 'retrieveAccount')
  const account = await callStripe('retrieveAccount', () => stripe.accounts.retrieve(accountId))
  return accountStatus(account)
}
