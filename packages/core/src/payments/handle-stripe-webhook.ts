import { type PaymentEvent, type PaymentsPort, StripeWebhookSignatureError } from '@portail/billing'
import { type Database, platformTenantId } from '@portail/db'
import { stripeEvents, tenantPaymentSettings } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import { loggerFor } from '@portail/logger'
import { eq } from 'drizzle-orm'
import { applyPaymentEvent } from './apply-payment-event'
import type { ApplyResult, EventOutcome, FollowUp } from './follow-ups'
import { sendRefund } from './send-refund'

const log = loggerFor('payments')

export interface StripeWebhookRequest {
  rawBody: string
  signature: string | null
  endpoint: 'platform' | 'connect'
}

export interface StripeWebhookAnswer {
  status: 200 | 400
  outcome: EventOutcome | 'bad_signature'
}

/** The webhook's own actor: resolves an account to a business and records platform-tenant events; nothing else. */
const asWebhook = { actor: 'paymentWebhook' as const, tenantId: null }

/**
 * One delivery of Stripe's webhook (platform or Connect endpoint):
 * - the signature is verified by the adapter (a bad one: 400, nothing written);
 * - the business comes from `event.account` only, through the paymentWebhook actor; an event of
 *   the platform or of an account no business has is recorded under the platform tenant and
 *   answered 200 (Stripe stops retrying; nothing to apply);
 * - the event is applied as that business's system actor, its id recorded in the same transaction
 *   as its effect (applyPaymentEvent): a replay is 200 with no effect;
 * - what must call Stripe after the commit (a refund our system decided) runs last; its failure
 *   is logged and left to reconciliation, never turned into a retry of the whole event.
 * Any other error propagates: the route answers 500 and Stripe delivers the event again.
 */
export async function handleStripeWebhook(
  database: Database,
  processor: PaymentsPort,
  request: StripeWebhookRequest,
  now = Date.now(),
): Promise<StripeWebhookAnswer> {
  let event: PaymentEvent
  try {
    event = processor.parseWebhook(request.rawBody, request.signature, request.endpoint)
  } catch (error) {
    if (error instanceof StripeWebhookSignatureError) return { status: 400, outcome: 'bad_signature' }
    throw error
  }
  const result = await deliverPaymentEvent(database, event)
  await runFollowUps(database, processor, result.followUps, now)
  return { status: 200, outcome: result.outcome }
}

/** The tenant whose connected account the event is about, or null (platform event, unknown account, ambiguous). */
export async function resolveAccountTenant(database: Database, account: string | null): Promise<string | null> {
  if (!account) return null
  const rows = await database.withTenant(asWebhook, (tx) =>
    tx
      .select({ tenantId: tenantPaymentSettings.tenantId })
      .from(tenantPaymentSettings)
      .where(eq(tenantPaymentSettings.stripeAccountId, account))
      .limit(2),
  )
  // An account id is Stripe's and minted for one onboarding; two businesses claiming it is refused.
  return rows.length === 1 && rows[0] ? rows[0].tenantId : null
}

/** Resolves, then records or applies one parsed event (also the path of reconciliation). */
export async function deliverPaymentEvent(database: Database, event: PaymentEvent): Promise<ApplyResult> {
  const tenantId = await resolveAccountTenant(database, event.account)
  if (!tenantId) {
    const outcome = event.account ? 'unknown_account' : 'ignored'
    const recorded = await database.withTenant(asWebhook, (tx) =>
      tx
        .insert(stripeEvents)
        .values({
          tenantId: platformTenantId,
          eventId: event.id,
          type: event.type.slice(0, 200),
          account: event.account,
          outcome,
        })
        .onConflictDoNothing()
        .returning({ eventId: stripeEvents.eventId }),
    )
    if (event.account) log.warn({ eventId: event.id, type: event.type }, 'stripe event of an unknown connected account')
    return { outcome: recorded.length > 0 ? outcome : 'duplicate', followUps: [] }
  }
  return nudgeOutboxAfter(() =>
    database.withTenant({ actor: 'system', tenantId }, (tx) => applyPaymentEvent(tx, tenantId, event)),
  )
}

export async function runFollowUps(
  database: Database,
  processor: PaymentsPort,
  followUps: FollowUp[],
  now: number,
): Promise<void> {
  for (const followUp of followUps) {
    try {
      await nudgeOutboxAfter(() =>
        sendRefund(database, processor, followUp.tenantId, followUp.refundId, { userId: null, role: 'system' }, now),
      )
    } catch (error) {
      log.error({ err: error, refundId: followUp.refundId }, 'refund not sent; reconciliation will send it')
    }
  }
}
