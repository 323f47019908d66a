/**
 * The whole path through the real Stripe adapter and the in-process simulator (the same code as
 * production; signed events verified by the SDK's constructEvent): the owner connects the business,
 * a client pays a deposit on the hosted checkout, the booking is confirmed with its invoice, staff
 * refund part of it and the credit note appears; a forged signature is refused with 400.
 */
import { createSimulatedPayments, createMemorySimulatorStore, createStripeSimulator } from '@portail/billing/simulator'
import type { PaymentsPort } from '@portail/billing'
import { invoices, tenantPaymentSettings } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleStripeWebhook, requestRefund, startBookingCheckout, startConnectOnboarding } from '../src/payments'
import { clientOf, depositTotalCents, heldBooking, ownerOf, readBack } from './payments-support'

const minute = 60_000
const secrets = { webhookSecret: 'whsec_test_platform_secret', connectWebhookSecret: 'whsec_test_connect_secret' }

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    await admin.db.insert(tenantPaymentSettings).values({
      tenantId: fixture.a.id,
      taxProvince: 'QC',
      gstHstNumber: '123456789RT0001',
      qstNumber: '1234567890TQ0001',
    })
    return fixture
  })
})
afterAll(async () => db.close())

function simulatedStripe() {
  const answers: { status: number; outcome: string }[] = []
  let processor: PaymentsPort | null = null
  const simulator = createStripeSimulator({
    store: createMemorySimulatorStore(),
    clock: () => new Date(),
    ...secrets,
    deliver: async (endpoint, payload, signature) => {
      if (!processor) throw new Error('processor not ready')
      answers.push(await handleStripeWebhook(db.app, processor, { rawBody: payload, signature, endpoint }))
    },
  })
  processor = createSimulatedPayments({ simulator, ...secrets })
  return { simulator, processor, answers }
}

describe('payments through the simulated Stripe', () => {
  it('connects, takes a deposit on the hosted checkout, confirms on the webhook, refunds with a credit note', async () => {
    const { simulator, processor, answers } = simulatedStripe()
    const owner = ownerOf(db.data.a)
    const urls = {
      returnUrl: 'https://alpha.portail.test/fr/admin/payments',
      refreshUrl: 'https://alpha.portail.test/fr/admin/payments',
    }
    const { accountId } = await startConnectOnboarding(db.app, processor, owner, urls)
    await simulator.completeOnboarding(accountId)
    await simulator.idle()
    expect(await readBack(db, db.data.a.id).settings()).toMatchObject({
      stripeAccountId: accountId,
      chargesEnabled: true,
      cardPayments: 'active',
    })

    const now = Date.now()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: now + 15 * minute })
    await startBookingCheckout(
      db.app,
      processor,
      clientOf(db.data.a),
      {
        bookingId,
        locale: 'fr',
        successUrl: 'https://alpha.portail.test/fr/paid',
        cancelUrl: 'https://alpha.portail.test/fr/cancel',
      },
      { now },
    )
    const read = readBack(db, db.data.a.id)
    const [checkout] = await read.checkoutsOf(bookingId)
    const paid = await simulator.pay(checkout?.stripeSessionId ?? '', 'succeed')
    await simulator.idle()
    expect(paid.kind).toBe('redirect')
    expect((await read.booking(bookingId))?.status).toBe('confirmed')
    const [payment] = await read.paymentsOf(bookingId)
    expect(payment).toMatchObject({ status: 'succeeded', amountCents: depositTotalCents, method: 'card' })
    expect(
      (await read.invoicesOf(bookingId)).map((invoice) => [invoice.kind, invoice.status, invoice.totalCents]),
    ).toEqual([['invoice', 'paid', depositTotalCents]])
    expect(answers.every((answer) => answer.status === 200)).toBe(true)

    const refund = await requestRefund(db.app, processor, owner, {
      paymentId: payment?.id ?? '',
      amountCents: 2001,
      reason: 'Geste commercial',
    })
    await simulator.idle()
    const [row] = await read.refundsOf(payment?.id ?? '')
    expect(row).toMatchObject({ id: refund.refundId, status: 'succeeded' })
    expect((await read.paymentsOf(bookingId))[0]?.refundedCents).toBe(2001)
    const notes = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .select()
        .from(invoices)
        .where(and(eq(invoices.bookingId, bookingId), eq(invoices.kind, 'credit_note'))),
    )
    expect(notes.map((note) => note.totalCents)).toEqual([-2001])
  })

  it('answers 400 to an event whose signature does not verify', async () => {
    const { processor } = simulatedStripe()
    const body = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'account.updated',
      account: 'acct_x',
      created: 1,
      data: { object: {} },
    })
    const answer = await handleStripeWebhook(db.app, processor, {
      rawBody: body,
      signature: `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
      endpoint: 'connect',
    })
    expect(answer).toEqual({ status: 400, outcome: 'bad_signature' })
  })
})
