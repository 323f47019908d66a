import { z } from 'zod'
import { PaymentsProviderError } from '../payments/port'

/**
 * Bounds of what the adapter sends to Stripe. Core validates its own inputs first; these checks
 * keep a wrong call from ever reaching Stripe (an amount in dollars, a random idempotency key).
 */

// `<purpose>:<our id>`, e.g. `checkout:0193…`; Stripe accepts keys up to 255 characters.
export const idempotencyKeySchema = z
  .string()
  .max(255)
  .regex(/^[a-z][a-z0-9_.-]*:[^\s]+$/, 'idempotency key must read <purpose>:<our id>')

const accountId = z.string().regex(/^acct_[A-Za-z0-9_]+$/)
const objectId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9_]+$`))
const customerId = objectId('cus')
const paymentMethodId = objectId('pm')
const amountCents = z.number().int().min(1).max(10_000_000)
const feeCents = z.number().int().min(0).max(10_000_000)
const metadata = z
  .record(z.string().max(40), z.string().max(500))
  .refine((value) => Object.keys(value).length <= 50, 'at most 50 metadata keys')
const url = z.url({ protocol: /^https?$/ }).max(2048)
const cad = z.literal('cad', { error: 'only CAD is accepted' })
const locale = z.enum(['fr', 'en'])
const shortText = z.string().min(1).max(500)

export const connectedAccountInput = z.object({
  tenantId: z.guid(),
  businessName: z.string().min(1).max(200),
  email: z.email().max(320).nullable(),
})
export const accountLinkInput = z.object({ accountId, refreshUrl: url, returnUrl: url })
export const accountIdInput = accountId
export const customerInput = z.object({
  accountId,
  clientId: z.guid(),
  email: z.email().max(320).nullable(),
  name: z.string().min(1).max(200),
})

export const paymentCheckoutInput = z
  .object({
    accountId,
    lineItems: z
      .array(z.object({ name: shortText, amountCents, quantity: z.number().int().min(1).max(1000) }))
      .min(1)
      .max(100),
    currency: cad,
    applicationFeeCents: feeCents,
    clientReferenceId: z.string().min(1).max(200),
    customerId: customerId.nullable(),
    customerEmail: z.email().max(320).nullable(),
    metadata,
    successUrl: url,
    cancelUrl: url,
    expiresAt: z.date(),
    locale,
    saveCard: z.boolean(),
  })
  .refine(
    (input) =>
      input.applicationFeeCents <= input.lineItems.reduce((sum, line) => sum + line.amountCents * line.quantity, 0),
    { message: 'application fee above the amount', path: ['applicationFeeCents'] },
  )

export const setupCheckoutInput = z.object({
  accountId,
  customerId,
  clientReferenceId: z.string().min(1).max(200),
  metadata,
  successUrl: url,
  cancelUrl: url,
  locale,
})

export const expireCheckoutInput = z.object({ accountId, sessionId: objectId('cs') })
export const listCardsInput = z.object({ accountId, customerId })
export const detachCardInput = z.object({ accountId, paymentMethodId })
export const defaultCardInput = z.object({ accountId, customerId, paymentMethodId })

export const offSessionChargeInput = z
  .object({
    accountId,
    customerId,
    paymentMethodId,
    amountCents,
    currency: cad,
    applicationFeeCents: feeCents,
    description: shortText,
    metadata,
  })
  .refine((input) => input.applicationFeeCents <= input.amountCents, {
    message: 'application fee above the amount',
    path: ['applicationFeeCents'],
  })

export const refundInput = z.object({ accountId, paymentIntentId: objectId('pi'), amountCents, metadata })

export const subscriptionInput = z.object({
  accountId,
  customerId,
  paymentMethodId: paymentMethodId.nullable(),
  productName: z.string().min(1).max(250),
  amountCents,
  interval: z.enum(['week', 'month']),
  intervalCount: z.number().int().min(1).max(12),
  applicationFeePercent: z.number().min(0).max(100),
  cancelAt: z.date().nullable(),
  metadata,
})

export const cancelSubscriptionInput = z.object({
  accountId,
  subscriptionId: objectId('sub'),
  atPeriodEnd: z.boolean(),
})
export const recentActivityInput = z.object({ accountId, since: z.date() })

/** Parses an input; a refusal is a non-retryable provider error naming the first problem. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, operation: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`
  return invalid(`${operation}: invalid input${where}: ${issue?.message ?? 'refused'}`)
}

function invalid(message: string): never {
  throw new PaymentsProviderError(message, false, 'invalid_input')
}
