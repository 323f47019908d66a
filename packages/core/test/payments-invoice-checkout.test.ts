/**
 * Paying an invoice due: a Checkout of its balance for its own client only; the webhook applies the
 * payment to the invoice (paid); another client's invoice is not found; a paid one is not payable.
 */
import { invoices } from '@portail/db/schema'
import { type TestDatabase, type TwoTenantFixture } from '@portail/db/testing'
import { ZCreateDraftInvoiceInput } from '@portail/validators'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDraftInvoice, issueInvoice } from '../src/invoices'
import { startInvoiceCheckout } from '../src/payments'
import { createFakePayments } from './support/fake-payments'
import {
  accountOf,
  clientOf,
  connectedTestDatabase,
  deliver,
  otherClientOf,
  ownerOf,
  refusal,
  stripeEvent,
} from './payments-support'

const urls = {
  locale: 'fr' as const,
  successUrl: 'https://alpha.portail.test/fr/invoices',
  cancelUrl: 'https://alpha.portail.test/fr/invoices',
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await connectedTestDatabase()
})
afterAll(async () => db.close())

async function issuedInvoice(): Promise<{ id: string; totalCents: number }> {
  const draft = await createDraftInvoice(
    db.app,
    ownerOf(db.data.a),
    ZCreateDraftInvoiceInput.parse({
      clientId: db.data.a.clientId,
      lines: [
        {
          descriptionFr: 'Ouverture',
          descriptionEn: 'Opening',
          quantity: 1,
          unitCents: 15000,
          taxable: true,
          pstApplies: false,
        },
      ],
    }),
  )
  const issued = await issueInvoice(db.app, ownerOf(db.data.a), { invoiceId: draft.id })
  return { id: issued.id, totalCents: issued.totalCents }
}

const invoiceRow = async (id: string) =>
  (
    await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx.select().from(invoices).where(eq(invoices.id, id)),
    )
  )[0]

describe('startInvoiceCheckout', () => {
  it('charges the balance of the client’s own invoice, and the webhook marks it paid', async () => {
    const fake = createFakePayments()
    const invoice = await issuedInvoice()
    const checkout = await startInvoiceCheckout(db.app, fake, clientOf(db.data.a), { invoiceId: invoice.id, ...urls })
    const [call] = fake.callsOf('createPaymentCheckout')
    expect(call).toMatchObject({
      idempotencyKey: `checkout:${checkout.checkoutId}`,
      input: {
        accountId: accountOf.a,
        lineItems: [{ amountCents: invoice.totalCents }],
        metadata: { invoiceId: invoice.id },
      },
    })
    const sessionId = checkout.url.split('/').pop() ?? ''
    const paid = stripeEvent(accountOf.a, Date.now(), {
      kind: 'checkout.completed',
      sessionId,
      mode: 'payment',
      paymentStatus: 'paid',
      paymentIntentId: `pi_invoice_${invoice.id}`,
      setupIntentId: null,
      customerId: null,
      amountTotalCents: invoice.totalCents,
      currency: 'cad',
      clientReferenceId: checkout.checkoutId,
      metadata: { tenantId: db.data.a.id, checkoutId: checkout.checkoutId, invoiceId: invoice.id },
    })
    expect((await deliver(db, fake, paid)).outcome).toBe('applied')
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'paid', paidCents: invoice.totalCents })

    const again = await refusal(
      startInvoiceCheckout(db.app, fake, clientOf(db.data.a), { invoiceId: invoice.id, ...urls }),
    )
    expect([again.code, again.messageKey]).toEqual(['CONFLICT', 'invoice.notPayable'])
  })

  it('does not find another client’s invoice', async () => {
    const fake = createFakePayments()
    const invoice = await issuedInvoice()
    const error = await refusal(
      startInvoiceCheckout(db.app, fake, otherClientOf(db.data.a), { invoiceId: invoice.id, ...urls }),
    )
    expect([error.code, error.messageKey]).toEqual(['NOT_FOUND', 'invoice.notFound'])
    const across = await refusal(
      startInvoiceCheckout(db.app, fake, clientOf(db.data.b), { invoiceId: invoice.id, ...urls }),
    )
    expect(across.code).toBe('NOT_FOUND')
    expect(fake.calls).toEqual([])
  })
})
