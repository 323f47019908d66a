import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { billingCustomers, checkoutSessions, savedCards } from '@portail/db/schema'
import {
  type TSavedCardInput,
  type TStartCardSetupInput,
  ZSavedCardInput,
  ZStartCardSetupInput,
} from '@portail/validators'
import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { promoteDefaultCard } from './apply-card-event'
import { ensureBillingCustomer } from './billing-customer'
import { parseInput } from './parse-input'
import { chargeableAccount } from './payment-account'
import { callProvider, idempotencyKeys } from './provider-call'

export interface SavedCardView {
  id: string
  brand: string
  last4: string
  expMonth: number
  expYear: number
  isDefault: boolean
}

const asClient = (ctx: ClientActor) => ({
  actor: 'client' as const,
  tenantId: ctx.tenantId,
  userId: ctx.userId,
  clientId: ctx.clientId,
})

/**
 * A client saves a card: Checkout in setup mode on the business's connected account (the card
 * never reaches us). The customer is made once (customer:<clientId>); the checkout row first, then
 * Stripe with checkout:<our id>, then the session stored. The card itself arrives by webhook
 * (payment_method.attached → saved_cards).
 */
export async function startCardSetup(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TStartCardSetupInput,
  now = Date.now(),
): Promise<{ checkoutId: string; url: string }> {
  const parsed = parseInput(ZStartCardSetupInput, input)
  const asSystem = { actor: 'system' as const, tenantId: ctx.tenantId }
  const account = await database.withTenant(asSystem, (tx) => chargeableAccount(tx, ctx.tenantId))
  const customerId = await ensureBillingCustomer(database, processor, ctx.tenantId, ctx.clientId, account.accountId)
  const session = await database.withTenant(asSystem, async (tx) => {
    const [row] = await tx
      .insert(checkoutSessions)
      .values({
        tenantId: ctx.tenantId,
        clientId: ctx.clientId,
        mode: 'setup',
        // Stripe keeps a setup session open 24 h.
        expiresAt: new Date(now + 24 * 60 * 60 * 1000),
      })
      .returning({ id: checkoutSessions.id })
    if (!row) throw new Error('checkout insert returned no row')
    return row
  })
  const created = await callProvider(() =>
    processor.createSetupCheckout(
      {
        accountId: account.accountId,
        customerId,
        clientReferenceId: session.id,
        metadata: { tenantId: ctx.tenantId, checkoutId: session.id, clientId: ctx.clientId },
        successUrl: parsed.successUrl,
        cancelUrl: parsed.cancelUrl,
        locale: parsed.locale,
      },
      idempotencyKeys.checkout(session.id),
    ),
  )
  await database.withTenant(asSystem, (tx) =>
    tx
      .update(checkoutSessions)
      .set({ stripeSessionId: created.sessionId, url: created.url, updatedAt: new Date(now) })
      .where(and(eq(checkoutSessions.tenantId, ctx.tenantId), eq(checkoutSessions.id, session.id))),
  )
  return { checkoutId: session.id, url: created.url }
}

/** The client's live cards, the default first. */
export async function listSavedCards(database: Database, ctx: ClientActor): Promise<SavedCardView[]> {
  return database.withTenant(asClient(ctx), (tx) =>
    tx
      .select({
        id: savedCards.id,
        brand: savedCards.brand,
        last4: savedCards.last4,
        expMonth: savedCards.expMonth,
        expYear: savedCards.expYear,
        isDefault: savedCards.isDefault,
      })
      .from(savedCards)
      .where(
        and(eq(savedCards.tenantId, ctx.tenantId), eq(savedCards.clientId, ctx.clientId), isNull(savedCards.removedAt)),
      )
      .orderBy(desc(savedCards.isDefault), asc(savedCards.createdAt)),
  )
}

async function ownCard(database: Database, ctx: ClientActor, cardId: string) {
  const card = await database.withTenant(asClient(ctx), async (tx) => {
    const [row] = await tx
      .select({ id: savedCards.id, paymentMethodId: savedCards.stripePaymentMethodId })
      .from(savedCards)
      .where(
        and(
          eq(savedCards.tenantId, ctx.tenantId),
          eq(savedCards.clientId, ctx.clientId),
          eq(savedCards.id, cardId),
          isNull(savedCards.removedAt),
        ),
      )
    return row
  })
  if (!card) throw new DomainError('NOT_FOUND', 'payment.cardNotFound', { field: 'cardId' })
  return card
}

/**
 * Removes a card: detached at Stripe first (key card-detach:<card id>), then marked removed here
 * (the webhook's payment_method.detached finds it done). The row stays for the payments' history.
 * A removed default hands over to the client's oldest live card.
 */
export async function removeSavedCard(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TSavedCardInput,
  now = Date.now(),
): Promise<void> {
  const { cardId } = parseInput(ZSavedCardInput, input)
  const card = await ownCard(database, ctx, cardId)
  const asSystem = { actor: 'system' as const, tenantId: ctx.tenantId }
  const account = await database.withTenant(asSystem, (tx) => chargeableAccount(tx, ctx.tenantId))
  await callProvider(() =>
    processor.detachCard(
      { accountId: account.accountId, paymentMethodId: card.paymentMethodId },
      idempotencyKeys.detachCard(card.id),
    ),
  )
  await database.withTenant(asSystem, async (tx) => {
    await tx
      .update(savedCards)
      .set({ removedAt: new Date(now), isDefault: false })
      .where(and(eq(savedCards.tenantId, ctx.tenantId), eq(savedCards.id, card.id), isNull(savedCards.removedAt)))
    await tx
      .update(billingCustomers)
      .set({ defaultPaymentMethodId: null })
      .where(
        and(
          eq(billingCustomers.tenantId, ctx.tenantId),
          eq(billingCustomers.clientId, ctx.clientId),
          eq(billingCustomers.defaultPaymentMethodId, card.paymentMethodId),
        ),
      )
    await promoteDefaultCard(tx, ctx.tenantId, ctx.clientId)
  })
}

/** Makes one live card the default (Stripe's invoice_settings, then ours: one default per client). */
export async function setDefaultCard(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TSavedCardInput,
  now = Date.now(),
): Promise<void> {
  const { cardId } = parseInput(ZSavedCardInput, input)
  const card = await ownCard(database, ctx, cardId)
  const asSystem = { actor: 'system' as const, tenantId: ctx.tenantId }
  const { accountId, customerId } = await database.withTenant(asSystem, async (tx) => {
    const account = await chargeableAccount(tx, ctx.tenantId)
    const [customer] = await tx
      .select({ customerId: billingCustomers.stripeCustomerId })
      .from(billingCustomers)
      .where(and(eq(billingCustomers.tenantId, ctx.tenantId), eq(billingCustomers.clientId, ctx.clientId)))
    if (!customer) throw new DomainError('CONFLICT', 'payment.noCustomer')
    return { accountId: account.accountId, customerId: customer.customerId }
  })
  await callProvider(() =>
    processor.setDefaultCard(
      { accountId, customerId, paymentMethodId: card.paymentMethodId },
      idempotencyKeys.defaultCard(card.id, now),
    ),
  )
  await database.withTenant(asSystem, async (tx) => {
    // The old default steps down first: the partial unique index allows one live default.
    await tx
      .update(savedCards)
      .set({ isDefault: false })
      .where(
        and(
          eq(savedCards.tenantId, ctx.tenantId),
          eq(savedCards.clientId, ctx.clientId),
          eq(savedCards.isDefault, true),
        ),
      )
    await tx
      .update(savedCards)
      .set({ isDefault: true })
      .where(and(eq(savedCards.tenantId, ctx.tenantId), eq(savedCards.id, card.id), isNull(savedCards.removedAt)))
    await tx
      .update(billingCustomers)
      .set({ defaultPaymentMethodId: card.paymentMethodId })
      .where(and(eq(billingCustomers.tenantId, ctx.tenantId), eq(billingCustomers.clientId, ctx.clientId)))
  })
}
