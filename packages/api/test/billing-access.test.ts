import { refunds } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { billingCallerFor, connectOnSimulator, heldBooking, line, simulatedPayments } from './billing-support'
import { type CallAs, hostOf } from './support/callers'
import { errorOf } from './support/error-of'

interface BillingFixture extends TwoTenantFixture {
  /** Held for their deposit: A's client, A's other client, B's client. */
  held: { own: string; ownUnpaid: string; otherClient: string; otherBusiness: string }
}

const payments = simulatedPayments()
let db: TestDatabase<BillingFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    await connectOnSimulator(admin, payments, f.a)
    await connectOnSimulator(admin, payments, f.b)
    return {
      ...f,
      held: {
        own: await heldBooking(admin, f.a, f.a.clientId),
        ownUnpaid: await heldBooking(admin, f.a, f.a.clientId),
        otherClient: await heldBooking(admin, f.a, f.a.otherClientId),
        otherBusiness: await heldBooking(admin, f.b, f.b.clientId),
      },
    }
  })
})
afterAll(async () => db.close())

type Tenant = TwoTenantFixture['a']
const as = (tenant: Tenant, userId: string, extra: Partial<CallAs> = {}) =>
  billingCallerFor(db.app, { host: hostOf(tenant.slug), userId, secondFactorAgeMinutes: 0, ...extra }, payments.port)
const ownerOf = (tenant: Tenant) => as(tenant, tenant.ownerUserId)

/** An invoice of `clientId` issued by the owner (or left a draft). */
async function invoiceFor(tenant: Tenant, clientId: string, unitCents: number, issue = true) {
  const owner = await ownerOf(tenant)
  const draft = await owner.staff.billing.createDraft({ clientId, lines: [line(unitCents)] })
  return issue ? owner.staff.billing.issue({ invoiceId: draft.id }) : draft
}

describe('billing as a client', () => {
  it('lists, reads and sums only the client’s own issued invoices; another’s or a draft is NOT_FOUND', async () => {
    const f = db.data
    const own = await invoiceFor(f.a, f.a.clientId, 10_000)
    const ownDraft = await invoiceFor(f.a, f.a.clientId, 5_000, false)
    const others = await invoiceFor(f.a, f.a.otherClientId, 20_000)
    const otherBusiness = await invoiceFor(f.b, f.b.clientId, 30_000)
    const client = await as(f.a, f.a.clientUserId)

    const page = await client.billing.invoices({})
    expect(page.items.map((item) => item.id)).toEqual([own.id])
    // $100.00 + GST 5.00 + QST 9.98, nothing paid.
    expect(await client.billing.dueSummary()).toEqual({ count: 1, totalDueCents: 11_498 })
    expect((await client.billing.invoice({ invoiceId: own.id })).totalCents).toBe(11_498)
    for (const hidden of [ownDraft.id, others.id, otherBusiness.id]) {
      const error = await errorOf(client.billing.invoice({ invoiceId: hidden }))
      expect(error.code, hidden).toBe('NOT_FOUND')
    }
  })

  it('pays its own held booking on Checkout, and never another client’s or another business’s', async () => {
    const f = db.data
    const client = await as(f.a, f.a.clientUserId)
    const checkout = await client.billing.startBookingCheckout({ bookingId: f.held.own })
    expect(checkout.url).toMatch(/^http/)
    for (const bookingId of [f.held.otherClient, f.held.otherBusiness]) {
      const error = await errorOf(client.billing.startBookingCheckout({ bookingId }))
      expect(error.code, bookingId).toBe('NOT_FOUND')
    }
  })

  it('pays the balance of its own issued invoice on Checkout, and never another client’s or a draft', async () => {
    const f = db.data
    const own = await invoiceFor(f.a, f.a.clientId, 8_000)
    const draft = await invoiceFor(f.a, f.a.clientId, 8_000, false)
    const others = await invoiceFor(f.a, f.a.otherClientId, 8_000)
    const otherBusiness = await invoiceFor(f.b, f.b.clientId, 8_000)
    const client = await as(f.a, f.a.clientUserId)
    expect((await client.billing.payInvoice({ invoiceId: own.id })).url).toMatch(/^http/)
    for (const invoiceId of [draft.id, others.id, otherBusiness.id]) {
      const error = await errorOf(client.billing.payInvoice({ invoiceId }))
      expect(error.code, invoiceId).toBe('NOT_FOUND')
    }
  })

  it('answers payment.unavailable when payments are off, and still NOT_FOUND for another client’s booking', async () => {
    const f = db.data
    const client = await billingCallerFor(db.app, { host: hostOf(f.a.slug), userId: f.a.clientUserId })
    const error = await errorOf(client.billing.startBookingCheckout({ bookingId: f.held.ownUnpaid }))
    expect(error.code).toBe('SERVICE_UNAVAILABLE')
    expect(error.cause).toMatchObject({ messageKey: 'payment.unavailable' })
    const others = await errorOf(client.billing.startBookingCheckout({ bookingId: f.held.otherClient }))
    expect(others.code).toBe('NOT_FOUND')
  })
})

describe('billing as staff', () => {
  it('never shows or changes another business’s invoice', async () => {
    const f = db.data
    const bravoDraft = await invoiceFor(f.b, f.b.clientId, 4_000, false)
    const bravoIssued = await invoiceFor(f.b, f.b.clientId, 4_000)
    const owner = await ownerOf(f.a)
    const listed = await owner.staff.billing.invoices({})
    expect(listed.items.map((item) => item.id)).not.toContain(bravoIssued.id)
    expect((await errorOf(owner.staff.billing.invoice({ invoiceId: bravoIssued.id }))).code).toBe('NOT_FOUND')
    expect((await errorOf(owner.staff.billing.issue({ invoiceId: bravoDraft.id }))).code).toBe('NOT_FOUND')
    expect((await errorOf(owner.staff.billing.void({ invoiceId: bravoIssued.id, reason: 'not ours' }))).code).toBe(
      'NOT_FOUND',
    )
    const bravo = await ownerOf(f.b)
    expect((await bravo.staff.billing.invoice({ invoiceId: bravoDraft.id })).status).toBe('draft')
  })

  it('refuses a staff member without invoices.write, and lets them read', async () => {
    const f = db.data
    const staff = await as(f.a, f.a.staffUserId)
    const error = await errorOf(staff.staff.billing.createDraft({ clientId: f.a.clientId, lines: [line(1_000)] }))
    expect(error.code).toBe('FORBIDDEN')
    expect(error.cause).toMatchObject({ messageKey: 'auth.permissionDenied', params: { permission: 'invoices.write' } })
    const issued = await invoiceFor(f.a, f.a.clientId, 1_500)
    expect((await staff.staff.billing.invoice({ invoiceId: issued.id })).totalCents).toBe(issued.totalCents)
  })

  it('asks the owner for a fresh second factor before a refund, and refunds nothing until then', async () => {
    const f = db.data
    const invoice = await invoiceFor(f.a, f.a.clientId, 2_000)
    const paid = await (
      await ownerOf(f.a)
    ).staff.billing.recordPayment({
      invoiceId: invoice.id,
      method: 'cash',
      amountCents: invoice.totalCents,
    })
    const [payment] = paid.payments
    if (!payment) throw new Error('the recorded payment is not on the invoice')
    const refund = { paymentId: payment.id, amountCents: 1_000, reason: 'Client unhappy' }
    for (const age of [undefined, 10, 60]) {
      const owner = await as(f.a, f.a.ownerUserId, { secondFactorAgeMinutes: age })
      const error = await errorOf(owner.staff.billing.refund(refund))
      expect(error.code).toBe('FORBIDDEN')
      expect(error.cause).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' })
    }
    const refundsOfPayment = () =>
      db.app.withTenant({ actor: 'system', tenantId: f.a.id }, (tx) =>
        tx.select().from(refunds).where(eq(refunds.paymentId, payment.id)),
      )
    expect(await refundsOfPayment()).toEqual([])
    // An offline payment is refunded by hand: recorded at once, no processor call.
    const done = await (await ownerOf(f.a)).staff.billing.refund(refund)
    expect(done.status).toBe('succeeded')
    expect(await refundsOfPayment()).toHaveLength(1)
  })
})
