import type { SavedCardInfo } from '@portail/billing'
import type { Tx } from '@portail/db'
import { billingCustomers, savedCards } from '@portail/db/schema'
import { and, asc, eq, isNull } from 'drizzle-orm'
import { type ApplyResult, outcomeOnly } from './follow-ups'

/**
 * A card saved on a client's Stripe customer (setup checkout, or a payment that kept the card):
 * one saved_cards row per payment method; the client's first live card becomes its default.
 * A customer we do not know is not one of our clients: ignored.
 */
export async function applyCardAttached(
  tx: Tx,
  tenantId: string,
  customerId: string,
  card: SavedCardInfo,
): Promise<ApplyResult> {
  const [customer] = await tx
    .select({ clientId: billingCustomers.clientId, defaultPaymentMethodId: billingCustomers.defaultPaymentMethodId })
    .from(billingCustomers)
    .where(and(eq(billingCustomers.tenantId, tenantId), eq(billingCustomers.stripeCustomerId, customerId)))
    .for('update')
  if (!customer) return outcomeOnly('ignored')
  const [live] = await tx
    .select({ id: savedCards.id })
    .from(savedCards)
    .where(
      and(
        eq(savedCards.tenantId, tenantId),
        eq(savedCards.clientId, customer.clientId),
        eq(savedCards.isDefault, true),
        isNull(savedCards.removedAt),
      ),
    )
    .limit(1)
  const [inserted] = await tx
    .insert(savedCards)
    .values({
      tenantId,
      clientId: customer.clientId,
      stripePaymentMethodId: card.paymentMethodId,
      brand: card.brand.slice(0, 40) || 'card',
      last4: card.last4,
      expMonth: card.expMonth,
      expYear: card.expYear,
      isDefault: !live,
    })
    .onConflictDoNothing()
    .returning({ id: savedCards.id })
  if (!inserted) return outcomeOnly('duplicate_object')
  if (!live)
    await tx
      .update(billingCustomers)
      .set({ defaultPaymentMethodId: card.paymentMethodId })
      .where(and(eq(billingCustomers.tenantId, tenantId), eq(billingCustomers.clientId, customer.clientId)))
  return outcomeOnly('applied')
}

/** A card detached at Stripe (by us or from Stripe's side): it stops being usable and default. */
export async function applyCardDetached(
  tx: Tx,
  tenantId: string,
  paymentMethodId: string,
  at: Date,
): Promise<ApplyResult> {
  const removed = await tx
    .update(savedCards)
    .set({ removedAt: at, isDefault: false })
    .where(
      and(
        eq(savedCards.tenantId, tenantId),
        eq(savedCards.stripePaymentMethodId, paymentMethodId),
        isNull(savedCards.removedAt),
      ),
    )
    .returning({ clientId: savedCards.clientId })
  for (const { clientId } of removed) {
    await tx
      .update(billingCustomers)
      .set({ defaultPaymentMethodId: null })
      .where(
        and(
          eq(billingCustomers.tenantId, tenantId),
          eq(billingCustomers.clientId, clientId),
          eq(billingCustomers.defaultPaymentMethodId, paymentMethodId),
        ),
      )
    await promoteDefaultCard(tx, tenantId, clientId)
  }
  return outcomeOnly(removed.length > 0 ? 'applied' : 'duplicate_object')
}

/**
 * After a default card is removed: the client's oldest live card, if any, becomes the default here
 * (what off-session charges use; Stripe's own default is set when the client picks one).
 */
export async function promoteDefaultCard(tx: Tx, tenantId: string, clientId: string): Promise<void> {
  const live = and(eq(savedCards.tenantId, tenantId), eq(savedCards.clientId, clientId), isNull(savedCards.removedAt))
  const [current] = await tx
    .select({ id: savedCards.id })
    .from(savedCards)
    .where(and(live, eq(savedCards.isDefault, true)))
  if (current) return
  const [next] = await tx
    .select({ id: savedCards.id, paymentMethodId: savedCards.stripePaymentMethodId })
    .from(savedCards)
    .where(live)
    .orderBy(asc(savedCards.createdAt))
    .limit(1)
  if (!next) return
  await tx
    .update(savedCards)
    .set({ isDefault: true })
    .where(and(eq(savedCards.tenantId, tenantId), eq(savedCards.id, next.id)))
  await tx
    .update(billingCustomers)
    .set({ defaultPaymentMethodId: next.paymentMethodId })
    .where(and(eq(billingCustomers.tenantId, tenantId), eq(billingCustomers.clientId, clientId)))
}
