import { computeInvoiceTaxes, type PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { billingCustomers, paymentPlans, planSubscriptions } from '@portail/db/schema'
import {
  type TCancelPlanSubscriptionInput,
  type TSubscribeToPlanInput,
  ZCancelPlanSubscriptionInput,
  ZSubscribeToPlanInput,
} from '@portail/validators'
import { and, eq, inArray } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { loadBusinessBilling } from '../invoices/business-billing'
import { loadClientBilling, placeAndLanguage } from '../invoices/invoice-parties'
import { parseInput } from './parse-input'
import { chargeableAccount } from './payment-account'
import type { PaymentsOptions } from './payments-options'
import { callProvider, idempotencyKeys } from './provider-call'

/** Subscriptions that still run or may still run: a client holds one per plan. */
const liveStatuses = ['incomplete', 'trialing', 'active', 'past_due', 'unpaid', 'paused'] as const

/** The first day after the season's last month, from `now` on (this year's season, or next year's once past). */
export function seasonEnd(endMonth: number | null, now: number): Date | null {
  if (endMonth === null) return null
  const today = new Date(now)
  const year = today.getUTCMonth() + 1 > endMonth ? today.getUTCFullYear() + 1 : today.getUTCFullYear()
  return new Date(Date.UTC(year, endMonth, 1))
}

/**
 * A client subscribes to one of the business's plans: a Stripe subscription on the connected
 * account, charged to the client's default card, at the plan's price plus the taxes of the
 * client's place of supply (our engine; Stripe charges the total), with the platform's share as
 * application_fee_percent, ending with the season when the plan has one. The row first (tx 1),
 * Stripe with subscription:<our id>, the subscription id stored (tx 2); its status then follows
 * the webhook (customer.subscription.*).
 */
export async function subscribeToPlan(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TSubscribeToPlanInput,
  options: PaymentsOptions = {},
): Promise<{ subscriptionId: string; amountCents: number }> {
  const { planId } = parseInput(ZSubscribeToPlanInput, input)
  const now = options.now ?? Date.now()
  const asSystem = { actor: 'system' as const, tenantId: ctx.tenantId }
  const prepared = await database.withTenant(asSystem, async (tx) => {
    const [plan] = await tx
      .select()
      .from(paymentPlans)
      .where(and(eq(paymentPlans.tenantId, ctx.tenantId), eq(paymentPlans.id, planId), eq(paymentPlans.active, true)))
    if (!plan) throw new DomainError('NOT_FOUND', 'payment.planNotFound', { field: 'planId' })
    const [live] = await tx
      .select({ id: planSubscriptions.id, stripeId: planSubscriptions.stripeSubscriptionId })
      .from(planSubscriptions)
      .where(
        and(
          eq(planSubscriptions.tenantId, ctx.tenantId),
          eq(planSubscriptions.clientId, ctx.clientId),
          eq(planSubscriptions.planId, plan.id),
          inArray(planSubscriptions.status, [...liveStatuses]),
        ),
      )
      .for('update')
    if (live?.stripeId) throw new DomainError('CONFLICT', 'payment.alreadySubscribed')
    const account = await chargeableAccount(tx, ctx.tenantId, options.defaultFee)
    const [customer] = await tx
      .select()
      .from(billingCustomers)
      .where(and(eq(billingCustomers.tenantId, ctx.tenantId), eq(billingCustomers.clientId, ctx.clientId)))
    if (!customer?.defaultPaymentMethodId) throw new DomainError('CONFLICT', 'payment.noCustomer')
    const [business, client] = await Promise.all([
      loadBusinessBilling(tx, ctx.tenantId),
      loadClientBilling(tx, ctx.tenantId, ctx.clientId),
    ])
    const { placeOfSupply } = placeAndLanguage(business, client, null)
    const taxes = computeInvoiceTaxes({
      lines: [{ amountCents: plan.amountCents }],
      placeOfSupply,
      date: new Date(now).toISOString().slice(0, 10),
      registrations: business.registrations,
    })
    // A retry after an outage reuses the row (and so the key) it left.
    const [row] = live
      ? [{ id: live.id }]
      : await tx
          .insert(planSubscriptions)
          .values({ tenantId: ctx.tenantId, planId: plan.id, clientId: ctx.clientId, amountCents: taxes.totalCents })
          .returning({ id: planSubscriptions.id })
    if (!row) throw new Error('subscription insert returned no row')
    return { row, plan, account, customer, totalCents: taxes.totalCents }
  })
  const { row, plan, account, customer, totalCents } = prepared
  const created = await callProvider(() =>
    processor.createSubscription(
      {
        accountId: account.accountId,
        customerId: customer.stripeCustomerId,
        paymentMethodId: customer.defaultPaymentMethodId,
        productName: `${plan.nameFr} / ${plan.nameEn}`.slice(0, 250),
        amountCents: totalCents,
        interval: plan.interval,
        intervalCount: plan.intervalCount,
        applicationFeePercent: account.fee.feeBps / 100,
        cancelAt: seasonEnd(plan.seasonEndMonth, now),
        metadata: { tenantId: ctx.tenantId, subscriptionId: row.id, planId: plan.id, clientId: ctx.clientId },
      },
      idempotencyKeys.subscription(row.id),
    ),
  )
  await database.withTenant(asSystem, (tx) =>
    tx
      .update(planSubscriptions)
      .set({ stripeSubscriptionId: created.subscriptionId, updatedAt: new Date(now) })
      .where(and(eq(planSubscriptions.tenantId, ctx.tenantId), eq(planSubscriptions.id, row.id))),
  )
  return { subscriptionId: row.id, amountCents: totalCents }
}

/** The client stops a plan at the end of the period already paid (Stripe, then ours; the webhook confirms). */
export async function cancelPlanSubscription(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TCancelPlanSubscriptionInput,
  now = Date.now(),
): Promise<void> {
  const { subscriptionId } = parseInput(ZCancelPlanSubscriptionInput, input)
  const asClient = { actor: 'client' as const, tenantId: ctx.tenantId, userId: ctx.userId, clientId: ctx.clientId }
  const own = await database.withTenant(asClient, async (tx) => {
    const [found] = await tx
      .select({ id: planSubscriptions.id, stripeId: planSubscriptions.stripeSubscriptionId })
      .from(planSubscriptions)
      .where(
        and(
          eq(planSubscriptions.tenantId, ctx.tenantId),
          eq(planSubscriptions.clientId, ctx.clientId),
          eq(planSubscriptions.id, subscriptionId),
        ),
      )
    return found
  })
  if (!own?.stripeId) throw new DomainError('NOT_FOUND', 'payment.subscriptionNotFound', { field: 'subscriptionId' })
  const stripeId = own.stripeId
  const asSystem = { actor: 'system' as const, tenantId: ctx.tenantId }
  const account = await database.withTenant(asSystem, (tx) => chargeableAccount(tx, ctx.tenantId))
  await callProvider(() =>
    processor.cancelSubscription(
      { accountId: account.accountId, subscriptionId: stripeId, atPeriodEnd: true },
      idempotencyKeys.cancelSubscription(own.id),
    ),
  )
  await database.withTenant(asSystem, (tx) =>
    tx
      .update(planSubscriptions)
      .set({ cancelAtPeriodEnd: true, updatedAt: new Date(now) })
      .where(and(eq(planSubscriptions.tenantId, ctx.tenantId), eq(planSubscriptions.id, own.id))),
  )
}
