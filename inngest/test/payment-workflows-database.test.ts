/**
 * The payment workflows against a real database (PGlite by default, as the app role): an issued
 * invoice's mail is in the outbox with its real PDF, the delivery log and the client's bell have
 * their rows, a second run writes nothing; a failed payment tells the client and the owner (not the
 * staff member). @inngest/test runs the functions; the invoice is made and issued by core.
 */
import { InngestTestEngine } from '@inngest/test'
import { createDraftInvoice, issueInvoice } from '@portail/core/invoices'
import {
  clients,
  mailOutbox,
  messageDeliveries,
  notifications,
  payments,
  tenantPaymentSettings,
} from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invoiceIssued } from '../src/functions/payments/invoice-issued'
import { wirePaymentWorkflows } from '../src/functions/payments/payment-deps'
import { paymentFailed } from '../src/functions/payments/payment-failed'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const data = await twoTenantFixture(admin)
    await admin.db.insert(tenantPaymentSettings).values({
      tenantId: data.a.id,
      taxProvince: 'QC',
      gstHstNumber: '123456789RT0001',
      qstNumber: '1234567890TQ0001',
      invoiceTermsDays: 30,
    })
    await admin.db.update(clients).set({
      serviceAddress: {
        line1: '12 rue des Érables',
        city: 'Laval',
        province: 'QC',
        postalCode: 'H7N 1A1',
        country: 'CA',
      },
    })
    return data
  })
  wirePaymentWorkflows({
    database: db.app,
    payments: () => {
      throw new Error('no payments port in this test')
    },
    portalOrigin: (slug) => `https://${slug}.portail.test`,
  })
}, 120_000)
afterAll(async () => {
  wirePaymentWorkflows(null)
  await db.close()
})

const asSystem = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, fn)
/** The outbox as the mail relay's peers read it (the app's system actor only inserts there). */
const outboxOf = (kind: string) =>
  db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({
        toAddress: mailOutbox.toAddress,
        subject: mailOutbox.subject,
        textBody: mailOutbox.textBody,
        headers: mailOutbox.headers,
        attachments: mailOutbox.attachments,
      })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.tenantId, db.data.a.id), eq(mailOutbox.kind, kind))),
  )
const owner = () => ({ tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' as const })

describe('invoice-issued on a real database', () => {
  it('queues the mail with the PDF, logs email and in-app, rings the client’s bell; a second run adds nothing', async () => {
    const draft = await createDraftInvoice(db.app, owner(), {
      clientId: db.data.a.clientId,
      currency: 'CAD',
      lines: [
        {
          descriptionFr: 'Ouverture de piscine',
          descriptionEn: 'Pool opening',
          quantity: 1,
          unitCents: 40000,
          taxable: true,
          pstApplies: false,
        },
      ],
    })
    const issued = await issueInvoice(db.app, owner(), { invoiceId: draft.id })
    expect(issued.number).toBe('F-000001')
    const event = {
      name: 'invoice/issued',
      data: { tenantId: db.data.a.id, invoiceId: issued.id, clientId: db.data.a.clientId },
    }
    const first = await new InngestTestEngine({ function: invoiceIssued }).execute({ events: [event] })
    expect(first.result).toEqual({ client: { status: 'queued', email: 'queued' } })

    const outbox = await outboxOf('invoice-issued')
    expect(outbox).toHaveLength(1)
    const [mail] = outbox
    expect(mail?.toAddress).toBe('client@alpha-pools.test')
    expect(mail?.subject).toBe('Facture F-000001 de Alpha')
    // Essential: no one-click unsubscribe.
    expect(mail?.headers).toBeNull()
    const [pdf] = mail?.attachments ?? []
    expect(pdf?.filename).toBe('F-000001.pdf')
    expect(pdf?.contentType).toBe('application/pdf')
    expect(
      Buffer.from(pdf?.contentBase64 ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    const logged = await asSystem((tx) =>
      tx
        .select({
          channel: messageDeliveries.channel,
          status: messageDeliveries.status,
          relatedId: messageDeliveries.relatedId,
        })
        .from(messageDeliveries)
        .where(eq(messageDeliveries.dedupeKey, `invoice:${issued.id}:issued`)),
    )
    expect(logged.sort((x, y) => x.channel.localeCompare(y.channel))).toEqual([
      { channel: 'email', status: 'queued', relatedId: issued.id },
      { channel: 'in_app', status: 'sent', relatedId: issued.id },
    ])
    const bell = await asSystem((tx) =>
      tx
        .select({ kind: notifications.kind, link: notifications.link, clientId: notifications.clientId })
        .from(notifications)
        .where(eq(notifications.kind, 'invoice-issued')),
    )
    expect(bell).toEqual([
      { kind: 'invoice-issued', link: `/fr/portal/invoices/${issued.id}`, clientId: db.data.a.clientId },
    ])

    const again = await new InngestTestEngine({ function: invoiceIssued }).execute({ events: [event] })
    expect(again.result).toEqual({ client: { status: 'duplicate' } })
    expect(await outboxOf('invoice-issued')).toHaveLength(1)
  }, 60_000)
})

describe('payment-failed on a real database', () => {
  it('tells the client by email and the owner in the app; the staff member hears nothing', async () => {
    const [payment] = await asSystem((tx) =>
      tx
        .insert(payments)
        .values({
          tenantId: db.data.a.id,
          clientId: db.data.a.clientId,
          purpose: 'full',
          method: 'card',
          status: 'failed',
          amountCents: 12000,
          failureMessage: 'Your card was declined.',
        })
        .returning({ id: payments.id }),
    )
    if (!payment) throw new Error('payment not inserted')
    const { result } = await new InngestTestEngine({ function: paymentFailed }).execute({
      events: [
        {
          name: 'payment/failed',
          data: { tenantId: db.data.a.id, paymentId: payment.id, clientId: db.data.a.clientId, bookingId: null },
        },
      ],
    })
    expect(result).toEqual({ client: { status: 'queued', email: 'queued' }, staff: { told: 1 } })
    const staffBell = await asSystem((tx) =>
      tx
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(and(eq(notifications.kind, 'payment-failed'), eq(notifications.recipientKind, 'staff'))),
    )
    expect(staffBell).toEqual([{ userId: db.data.a.ownerUserId }])
    const [mail] = await outboxOf('payment-failed')
    expect(mail?.textBody).toContain('Your card was declined.')
    expect(mail?.textBody).toContain('https://alpha-pools.portail.test/fr/portal/invoices')
  }, 60_000)
})
