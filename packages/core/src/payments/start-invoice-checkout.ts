import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { checkoutSessions, invoices } from '@portail/db/schema'
import { type TStartInvoiceCheckoutInput, ZStartInvoiceCheckoutInput, msPerMinute } from '@portail/validators'
import { and, desc, eq, gt } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { parseInput } from './parse-input'
import { applicationFee, chargeableAccount } from './payment-account'
import type { PaymentsOptions } from './payments-options'
import { type BookingCheckout, loadCheckoutPayer, openHostedCheckout } from './open-hosted-checkout'

/** How long an invoice's payment page stays open (Stripe allows 30 minutes to 24 hours). */
export const invoiceCheckoutMinutes = 60

/**
 * The client's "pay" button on an invoice due: a Checkout of its balance on the business's
 * connected account, like startBookingCheckout (row, Stripe with checkout:<id>, session stored;
 * an open session of the same balance answered as is). The invoice must be the client's own and
 * issued or partly paid (another client's or a draft is NOT_FOUND through the client's own
 * context); the payment is applied to the invoice by the webhook (applyPaymentToInvoice).
 */
export async function startInvoiceCheckout(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TStartInvoiceCheckoutInput,
  options: PaymentsOptions = {},
): Promise<BookingCheckout> {
  const parsed = parseInput(ZStartInvoiceCheckoutInput, input)
  const now = options.now ?? Date.now()
  const asClient = { actor: 'client' as const, tenantId: ctx.tenantId, userId: ctx.userId, clientId: ctx.clientId }
  const mine = await database.withTenant(asClient, async (tx) => {
    const [row] = await tx
      .select({ id: invoices.id })
      .from(invoices)
      .where(
        and(
          eq(invoices.tenantId, ctx.tenantId),
          eq(invoices.id, parsed.invoiceId),
          eq(invoices.clientId, ctx.clientId),
        ),
      )
    return row
  })
  if (!mine) throw new DomainError('NOT_FOUND', 'invoice.notFound', { field: 'invoiceId' })

  const prepared = await database.withTenant({ actor: 'system', tenantId: ctx.tenantId }, async (tx) => {
    const [invoice] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.tenantId, ctx.tenantId), eq(invoices.id, parsed.invoiceId)))
      .for('update')
    if (!invoice) throw new DomainError('NOT_FOUND', 'invoice.notFound', { field: 'invoiceId' })
    const balance = invoice.totalCents - invoice.paidCents
    if (invoice.kind !== 'invoice' || (invoice.status !== 'issued' && invoice.status !== 'partly_paid') || balance <= 0)
      throw new DomainError('CONFLICT', 'invoice.notPayable', { field: 'invoiceId' })
    if (invoice.currency !== 'CAD') throw new DomainError('BAD_REQUEST', 'payment.currencyUnsupported')
    const account = await chargeableAccount(tx, ctx.tenantId, options.defaultFee)
    const [open] = await tx
      .select()
      .from(checkoutSessions)
      .where(
        and(
          eq(checkoutSessions.tenantId, ctx.tenantId),
          eq(checkoutSessions.invoiceId, invoice.id),
          eq(checkoutSessions.status, 'open'),
          eq(checkoutSessions.amountCents, balance),
          gt(checkoutSessions.expiresAt, new Date(now)),
        ),
      )
      .orderBy(desc(checkoutSessions.createdAt))
      .limit(1)
    const payer = await loadCheckoutPayer(tx, ctx.tenantId, ctx.clientId)
    const base = { account, invoice, balance, payer }
    if (open) return { ...base, session: open }
    const [session] = await tx
      .insert(checkoutSessions)
      .values({
        tenantId: ctx.tenantId,
        clientId: ctx.clientId,
        invoiceId: invoice.id,
        mode: 'payment',
        purpose: 'invoice',
        amountCents: balance,
        applicationFeeCents: applicationFee(balance, account.fee),
        expiresAt: new Date(now + invoiceCheckoutMinutes * msPerMinute),
      })
      .returning()
    if (!session) throw new Error('checkout insert returned no row')
    return { ...base, session }
  })

  const label = parsed.locale === 'fr' ? 'Facture' : 'Invoice'
  return openHostedCheckout(
    database,
    processor,
    ctx.tenantId,
    {
      session: prepared.session,
      accountId: prepared.account.accountId,
      lineItems: [
        { name: `${label} ${prepared.invoice.number ?? ''}`.trim(), amountCents: prepared.balance, quantity: 1 },
      ],
      payer: prepared.payer,
    },
    {
      metadata: { invoiceId: prepared.invoice.id, clientId: ctx.clientId },
      successUrl: parsed.successUrl,
      cancelUrl: parsed.cancelUrl,
      locale: parsed.locale,
      now,
    },
  )
}
