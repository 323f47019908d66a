import type { CheckoutLineItem, CheckoutLocale, PaymentsPort } from '@portail/billing'
import type { Database, Tx } from '@portail/db'
import { billingCustomers, checkoutSessions, clients } from '@portail/db/schema'
import { and, eq, isNull } from 'drizzle-orm'
import { callProvider, idempotencyKeys } from './provider-call'

/** What a hosted Checkout answers the client: where to go, until when. */
export interface BookingCheckout {
  checkoutId: string
  url: string
  expiresAt: string
}

/** Who pays: the Stripe customer of the client when there is one, else its email for the receipt. */
export interface CheckoutPayer {
  email: string | null
  customerId: string | null
}

export async function loadCheckoutPayer(tx: Tx, tenantId: string, clientId: string): Promise<CheckoutPayer> {
  const [client] = await tx
    .select({ email: clients.email, customerId: billingCustomers.stripeCustomerId })
    .from(clients)
    .leftJoin(
      billingCustomers,
      and(eq(billingCustomers.tenantId, clients.tenantId), eq(billingCustomers.clientId, clients.id)),
    )
    .where(and(eq(clients.tenantId, tenantId), eq(clients.id, clientId)))
  return { email: client?.email ?? null, customerId: client?.customerId ?? null }
}

export interface PreparedCheckout {
  session: typeof checkoutSessions.$inferSelect
  accountId: string
  lineItems: CheckoutLineItem[]
  payer: CheckoutPayer
}

export interface HostedCheckoutRequest {
  /** Carried to Stripe; never trusted for the tenant (event.account is). */
  metadata: Record<string, string>
  successUrl: string
  cancelUrl: string
  locale: CheckoutLocale
  now: number
}

/**
 * Steps 2 and 3 of every payment checkout, after its row was written in a transaction of its own:
 * an open session already known is answered as is; else Stripe is asked with the key
 * `checkout:<our id>` (a retry after an outage reuses the same row and key, so Stripe never makes
 * two), outside any transaction, and its id and url are stored (system actor).
 */
export async function openHostedCheckout(
  database: Database,
  processor: PaymentsPort,
  tenantId: string,
  prepared: PreparedCheckout,
  request: HostedCheckoutRequest,
): Promise<BookingCheckout> {
  const { session } = prepared
  if (session.stripeSessionId && session.url)
    return { checkoutId: session.id, url: session.url, expiresAt: session.expiresAt.toISOString() }
  const created = await callProvider(() =>
    processor.createPaymentCheckout(
      {
        accountId: prepared.accountId,
        lineItems: prepared.lineItems,
        currency: 'cad',
        applicationFeeCents: session.applicationFeeCents,
        clientReferenceId: session.id,
        customerId: prepared.payer.customerId,
        customerEmail: prepared.payer.customerId ? null : prepared.payer.email,
        metadata: { tenantId, checkoutId: session.id, ...request.metadata },
        successUrl: request.successUrl,
        cancelUrl: request.cancelUrl,
        expiresAt: session.expiresAt,
        locale: request.locale,
        saveCard: false,
      },
      idempotencyKeys.checkout(session.id),
    ),
  )
  await database.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx
      .update(checkoutSessions)
      .set({ stripeSessionId: created.sessionId, url: created.url, updatedAt: new Date(request.now) })
      .where(
        and(
          eq(checkoutSessions.tenantId, tenantId),
          eq(checkoutSessions.id, session.id),
          isNull(checkoutSessions.stripeSessionId),
        ),
      ),
  )
  return { checkoutId: session.id, url: created.url, expiresAt: session.expiresAt.toISOString() }
}
