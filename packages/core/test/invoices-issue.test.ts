/**
 * Issuing invoices on the database: GST+QST to the cent for a Quebec client, HST for an Ontario
 * property, deposits applied to the final invoice, credit notes, offline payments, voiding, the tax
 * report, isolation between clients and businesses, and refusals that change nothing.
 */
import {
  auditLog,
  clients,
  refunds,
  tenantPaymentSettings,
  bookings as bookingsTable,
  clientCredits,
  eventOutbox,
  invoiceLines,
  invoices,
  payments,
} from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientActor } from '../src/actors/actor-kinds'
import { cancelBookingAsTeam } from '../src/booking'
import {
  applyPaymentToInvoice,
  createBookingInvoice,
  createDraftInvoice,
  getInvoice,
  getMyInvoice,
  issueCreditNote,
  invoicesDueSummary,
  issueCreditNoteAsStaff,
  issueDepositInvoice,
  issueInvoice,
  listInvoices,
  listMyInvoices,
  quoteBookingPayment,
  recordOfflinePayment,
  taxReport,
  toInvoiceDocument,
  toReceiptDocument,
  updateDraftInvoice,
  voidInvoice,
} from '../src/invoices'
import {
  insertBooking,
  line,
  ontario,
  ownerOf,
  refusal,
  registerBusinesses,
  snapshotOf,
  succeededPayment,
} from './invoices-support'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    await registerBusinesses(admin, fixture)
    return fixture
  })
})
afterAll(async () => db.close())

const owner = () => ownerOf(db.data.a)
const client = (): ClientActor => ({
  tenantId: db.data.a.id,
  userId: db.data.a.clientUserId,
  clientId: db.data.a.clientId,
})
const otherClient = (): ClientActor => ({
  tenantId: db.data.a.id,
  userId: db.data.a.otherClientUserId,
  clientId: db.data.a.otherClientId,
})
const asStaff = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, fn)
const asSystem = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, fn)
const asClient = <T>(actor: ClientActor, fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'client', ...actor }, fn)

/** 2026-06-15 14:00 UTC: 10:00 in Montreal and Toronto. */
const june15 = Date.UTC(2026, 5, 15, 14)

const draftFor = (unitCents: number, clientId = db.data.a.clientId) =>
  createDraftInvoice(db.app, owner(), { clientId, currency: 'CAD', lines: [line(unitCents)] }, june15)

const issued = async (unitCents: number) => {
  const draft = await draftFor(unitCents)
  return issueInvoice(db.app, owner(), { invoiceId: draft.id }, june15)
}

describe('issuing', () => {
  it('computes GST and QST to the cent for a Quebec client: 149.99 → 7.50 + 14.96 = 172.45, in French, due in 30 days', async () => {
    const draft = await draftFor(14999)
    expect(draft).toMatchObject({ status: 'draft', number: null, totalCents: 17245 })
    const invoice = await issueInvoice(db.app, owner(), { invoiceId: draft.id }, june15)
    expect(invoice).toMatchObject({
      status: 'issued',
      subtotalCents: 14999,
      taxCents: 2246,
      totalCents: 17245,
      balanceCents: 17245,
      taxes: [
        { code: 'GST', ratePercent: 5, amountCents: 750 },
        { code: 'QST', ratePercent: 9.975, amountCents: 1496 },
      ],
      language: 'fr',
      placeOfSupply: 'QC',
      issueDate: '2026-06-15',
      dueDate: '2026-07-15',
      seller: { name: 'Alpha', gstHstNumber: '123456789RT0001', qstNumber: '1234567890TQ0001' },
      buyer: { name: 'Client Alpha' },
    })
    expect(invoice.number).toMatch(/^F-\d{6}$/)
    const [event] = await asSystem((tx) =>
      tx
        .select({ payload: eventOutbox.payload })
        .from(eventOutbox)
        .where(and(eq(eventOutbox.tenantId, db.data.a.id), eq(eventOutbox.name, 'invoice/issued'))),
    )
    expect(event?.payload).toEqual({ invoiceId: invoice.id, clientId: db.data.a.clientId })
    const audited = await asStaff((tx) =>
      tx.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, invoice.id)),
    )
    expect(audited.map((entry) => entry.action).sort()).toEqual(['invoice.created', 'invoice.issued'])
  })

  it('charges HST 13 % for a visit at an Ontario property, whatever the client’s province', async () => {
    const bookingId = await insertBooking(db, db.data.a, { serviceAddress: ontario })
    const { invoiceId } = await asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId }, june15))
    const invoice = await issueInvoice(db.app, owner(), { invoiceId }, june15)
    expect(invoice).toMatchObject({
      placeOfSupply: 'ON',
      subtotalCents: 12000,
      taxes: [{ code: 'HST', ratePercent: 13, amountCents: 1560 }],
      totalCents: 13560,
      lines: [{ descriptionFr: 'Entretien', kind: 'service', amountCents: 12000 }],
    })
  })

  it('refuses to issue twice, a void invoice, or a draft without lines, and changes nothing', async () => {
    const invoice = await issued(1000)
    expect(await refusal(issueInvoice(db.app, owner(), { invoiceId: invoice.id }, june15))).toEqual({
      code: 'CONFLICT',
      key: 'invoice.alreadyIssued',
    })
    await voidInvoice(db.app, owner(), { invoiceId: invoice.id, reason: 'Erreur de client' }, june15)
    expect(await refusal(issueInvoice(db.app, owner(), { invoiceId: invoice.id }, june15))).toMatchObject({
      key: 'invoice.isVoid',
    })
    const empty = await draftFor(500)
    await asStaff((tx) => tx.delete(invoiceLines).where(eq(invoiceLines.invoiceId, empty.id)))
    expect(await refusal(issueInvoice(db.app, owner(), { invoiceId: empty.id }, june15))).toEqual({
      code: 'BAD_REQUEST',
      key: 'invoice.empty',
    })
    expect((await asStaff((tx) => getInvoice(tx, { tenantId: db.data.a.id }, empty.id))).status).toBe('draft')
  })

  it('lets staff change a draft, never an issued invoice', async () => {
    const draft = await draftFor(1000)
    const changed = await updateDraftInvoice(
      db.app,
      owner(),
      { invoiceId: draft.id, lines: [line(2000, 2)], notes: 'Merci' },
      june15,
    )
    expect(changed).toMatchObject({ subtotalCents: 4000, notes: 'Merci', lines: [{ quantity: 2, amountCents: 4000 }] })
    await issueInvoice(db.app, owner(), { invoiceId: draft.id }, june15)
    expect(
      await refusal(updateDraftInvoice(db.app, owner(), { invoiceId: draft.id, lines: [line(1)] }, june15)),
    ).toMatchObject({
      key: 'invoice.notDraft',
    })
  })
})

describe('deposits', () => {
  it('a deposit is invoiced when paid; the final invoice shows the visit, the deposit already paid and taxes on the balance only', async () => {
    const bookingId = await insertBooking(db, db.data.a, {
      snapshot: snapshotOf(12000, { rule: 'deposit', depositCents: 5000 }),
    })
    const quote = await asSystem((tx) => quoteBookingPayment(tx, { tenantId: db.data.a.id, bookingId }, june15))
    expect(quote).toMatchObject({ purpose: 'deposit', totalCents: 5749 })
    const paymentId = await succeededPayment(db, db.data.a, {
      bookingId,
      purpose: 'deposit',
      amountCents: quote.totalCents,
      receivedAt: new Date(june15),
    })
    const deposit = await asSystem((tx) => issueDepositInvoice(tx, { tenantId: db.data.a.id, bookingId, paymentId }))
    const again = await asSystem((tx) => issueDepositInvoice(tx, { tenantId: db.data.a.id, bookingId, paymentId }))
    expect(again).toEqual(deposit)
    const depositInvoice = await asStaff((tx) => getInvoice(tx, { tenantId: db.data.a.id }, deposit.invoiceId))
    expect(depositInvoice).toMatchObject({
      source: 'deposit',
      status: 'paid',
      totalCents: 5749,
      paidCents: 5749,
      balanceCents: 0,
    })
    const [credit] = await asStaff((tx) =>
      tx.select().from(clientCredits).where(eq(clientCredits.bookingId, bookingId)),
    )
    expect(credit).toMatchObject({ amountCents: 5000, remainingCents: 5000, status: 'available' })

    const { invoiceId } = await asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId }, june15))
    const sameDraft = await asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId }, june15))
    expect(sameDraft).toEqual({ invoiceId, created: false })
    const final = await issueInvoice(db.app, owner(), { invoiceId }, june15)
    expect(final.lines.map((l) => [l.kind, l.amountCents])).toEqual([
      ['service', 12000],
      ['deposit_applied', -5000],
    ])
    // 70.00 balance: GST 3.50, QST 6.98 (not the 12.00 × 14.975 % of the whole visit).
    expect(final).toMatchObject({
      subtotalCents: 7000,
      taxes: [
        { code: 'GST', amountCents: 350 },
        { code: 'QST', amountCents: 698 },
      ],
      totalCents: 8048,
    })
    const [applied] = await asStaff((tx) =>
      tx
        .select()
        .from(clientCredits)
        .where(eq(clientCredits.id, credit?.id ?? '')),
    )
    expect(applied).toMatchObject({ remainingCents: 0, status: 'applied', appliedInvoiceId: invoiceId })
  })

  it('a visit its deposit covers entirely ends with a zero invoice, issued as paid', async () => {
    const bookingId = await insertBooking(db, db.data.a, {
      priceCents: 4000,
      snapshot: snapshotOf(4000, { rule: 'deposit', depositCents: 4000 }),
    })
    const paymentId = await succeededPayment(db, db.data.a, {
      bookingId,
      purpose: 'deposit',
      amountCents: 4599,
      receivedAt: new Date(june15),
    })
    await asSystem((tx) => issueDepositInvoice(tx, { tenantId: db.data.a.id, bookingId, paymentId }))
    const { invoiceId } = await asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId }, june15))
    const final = await issueInvoice(db.app, owner(), { invoiceId }, june15)
    expect(final).toMatchObject({ totalCents: 0, status: 'paid', balanceCents: 0 })
  })

  it('a cancelled visit’s unused deposit stays an available credit', async () => {
    const bookingId = await insertBooking(db, db.data.a, {
      snapshot: snapshotOf(12000, { rule: 'deposit', depositCents: 3000 }),
    })
    const paymentId = await succeededPayment(db, db.data.a, {
      bookingId,
      purpose: 'deposit',
      amountCents: 3449,
      receivedAt: new Date(june15),
    })
    await asSystem((tx) => issueDepositInvoice(tx, { tenantId: db.data.a.id, bookingId, paymentId }))
    await asStaff((tx) =>
      tx
        .update(bookingsTable)
        .set({ status: 'cancelled', cancelledAt: new Date(june15) })
        .where(eq(bookingsTable.id, bookingId)),
    )
    expect(
      await refusal(asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId }, june15))),
    ).toMatchObject({
      key: 'invoice.bookingNotInvoiceable',
    })
    const credits = await asClient(client(), (tx) =>
      tx.select().from(clientCredits).where(eq(clientCredits.bookingId, bookingId)),
    )
    expect(credits).toMatchObject([{ status: 'available', remainingCents: 3000 }])
  })
})

describe('credit notes', () => {
  it('a whole credit note negates its invoice exactly, with its own number series, and settles it', async () => {
    const invoice = await issued(14999)
    const note = await issueCreditNoteAsStaff(
      db.app,
      owner(),
      { invoiceId: invoice.id, reason: 'Service non rendu' },
      june15,
    )
    expect(note).toMatchObject({
      kind: 'credit_note',
      subtotalCents: -14999,
      taxes: [
        { code: 'GST', amountCents: -750 },
        { code: 'QST', amountCents: -1496 },
      ],
      totalCents: -17245,
      credits: { id: invoice.id, number: invoice.number },
    })
    expect(note.number).toMatch(/^NC-\d{6}$/)
    const after = await asStaff((tx) => getInvoice(tx, { tenantId: db.data.a.id }, invoice.id))
    expect(after).toMatchObject({ balanceCents: 0, creditNotes: [{ id: note.id, totalCents: -17245 }] })
    expect(
      await refusal(issueCreditNoteAsStaff(db.app, owner(), { invoiceId: invoice.id, reason: 'Encore' }, june15)),
    ).toMatchObject({
      key: 'invoice.creditTooLarge',
    })
  })

  it('a partial credit of 50.00 on 149.99 is −57.49 and lowers what is due to 114.96', async () => {
    const invoice = await issued(14999)
    const note = await issueCreditNoteAsStaff(
      db.app,
      owner(),
      { invoiceId: invoice.id, amountCents: 5000, reason: 'Geste' },
      june15,
    )
    expect(note.totalCents).toBe(-5749)
    const after = await asStaff((tx) => getInvoice(tx, { tenantId: db.data.a.id }, invoice.id))
    expect(after.balanceCents).toBe(17245 - 5749)
  })
})

describe('payments and voiding', () => {
  it('an offline payment partly then fully pays, with receipt numbers; more than the balance is refused', async () => {
    const invoice = await issued(14999)
    const partly = await recordOfflinePayment(
      db.app,
      owner(),
      { invoiceId: invoice.id, method: 'etransfer', amountCents: 7245, currency: 'CAD' },
      june15,
    )
    expect(partly).toMatchObject({ status: 'partly_paid', paidCents: 7245, balanceCents: 10000 })
    expect(partly.payments[0]?.receiptNumber).toMatch(/^R-\d{6}$/)
    expect(
      await refusal(
        recordOfflinePayment(
          db.app,
          owner(),
          { invoiceId: invoice.id, method: 'cash', amountCents: 10001, currency: 'CAD' },
          june15,
        ),
      ),
    ).toEqual({ code: 'BAD_REQUEST', key: 'invoice.overpayment' })
    const paid = await recordOfflinePayment(
      db.app,
      owner(),
      { invoiceId: invoice.id, method: 'cash', amountCents: 10000, currency: 'CAD' },
      june15,
    )
    expect(paid).toMatchObject({ status: 'paid', paidCents: 17245, balanceCents: 0 })
    expect(paid.payments.map((p) => p.method)).toEqual(['etransfer', 'cash'])
    const rows = await asStaff((tx) => tx.select().from(payments).where(eq(payments.invoiceId, invoice.id)))
    expect(rows.map((row) => [row.method, row.status, row.recordedByUserId])).toEqual([
      ['etransfer', 'succeeded', db.data.a.ownerUserId],
      ['cash', 'succeeded', db.data.a.ownerUserId],
    ])
    expect(await refusal(voidInvoice(db.app, owner(), { invoiceId: invoice.id, reason: 'Erreur' }, june15))).toEqual({
      code: 'CONFLICT',
      key: 'invoice.hasPayments',
    })
    expect(
      await refusal(
        recordOfflinePayment(
          db.app,
          owner(),
          { invoiceId: invoice.id, method: 'cash', amountCents: 1, currency: 'CAD' },
          june15,
        ),
      ),
    ).toMatchObject({ key: 'invoice.notPayable' })
  })

  it('voids an unpaid invoice with its reason; its number stays used', async () => {
    const invoice = await issued(1000)
    const voided = await voidInvoice(db.app, owner(), { invoiceId: invoice.id, reason: 'Doublon' }, june15)
    expect(voided).toMatchObject({ status: 'void', voidReason: 'Doublon', number: invoice.number, balanceCents: 0 })
  })
})

describe('what clients see', () => {
  it('a client lists and gets only its own issued invoices; another client gets NOT_FOUND, as does staff of B', async () => {
    const mine = await issued(2000)
    const draft = await draftFor(3000)
    const others = await createDraftInvoice(
      db.app,
      owner(),
      { clientId: db.data.a.otherClientId, currency: 'CAD', lines: [line(100)] },
      june15,
    )
    await issueInvoice(db.app, owner(), { invoiceId: others.id }, june15)

    const listed = await asClient(client(), (tx) => listMyInvoices(tx, client(), { limit: 100 }))
    const ids = listed.items.map((item) => item.id)
    expect(ids).toContain(mine.id)
    expect(ids).not.toContain(draft.id)
    expect(ids).not.toContain(others.id)
    expect(listed.items.every((item) => item.clientId === db.data.a.clientId)).toBe(true)

    expect(await refusal(asClient(otherClient(), (tx) => getMyInvoice(tx, otherClient(), mine.id)))).toEqual({
      code: 'NOT_FOUND',
      key: 'invoice.notFound',
    })
    expect(await refusal(asClient(client(), (tx) => getMyInvoice(tx, client(), draft.id)))).toMatchObject({
      code: 'NOT_FOUND',
    })
    const staffB = { actor: 'staff' as const, tenantId: db.data.b.id, userId: db.data.b.ownerUserId }
    expect(
      await refusal(db.app.withTenant(staffB, (tx) => getInvoice(tx, { tenantId: db.data.b.id }, mine.id))),
    ).toMatchObject({
      code: 'NOT_FOUND',
    })

    const own = await asClient(client(), (tx) => getMyInvoice(tx, client(), mine.id))
    expect(own.lines).toHaveLength(1)
    const due = await asClient(client(), (tx) => invoicesDueSummary(tx, client()))
    expect(due.count).toBeGreaterThan(0)
    expect(due.totalDueCents).toBeGreaterThanOrEqual(own.balanceCents)
    const document = toInvoiceDocument(own, { brandColor: '#0a7' })
    expect(document).toMatchObject({
      kind: 'invoice',
      number: mine.number,
      totalCents: 2300,
      balanceCents: 2300,
      language: 'fr',
    })
  })

  it('pages staff lists with a cursor and filters by client and status', async () => {
    const page = await asStaff((tx) => listInvoices(tx, db.data.a.id, { limit: 2, status: 'issued' }))
    expect(page.items).toHaveLength(2)
    expect(page.nextCursor).not.toBeNull()
    const next = await asStaff((tx) =>
      listInvoices(tx, db.data.a.id, { limit: 2, status: 'issued', cursor: page.nextCursor ?? undefined }),
    )
    expect(next.items.map((i) => i.id)).not.toContain(page.items[0]?.id)
    const ofOther = await asStaff((tx) =>
      listInvoices(tx, db.data.a.id, { limit: 50, clientId: db.data.a.otherClientId }),
    )
    expect(ofOther.items.every((item) => item.clientId === db.data.a.otherClientId)).toBe(true)
  })
})

describe('tax report', () => {
  it('sums match the invoices and credit notes of the period, net per tax', async () => {
    const report = await taxReport(db.app, owner(), { from: '2026-06-01', to: '2026-06-30' })
    const rows = await asStaff((tx) => tx.select().from(invoices).where(eq(invoices.tenantId, db.data.a.id)))
    const counted = rows.filter((row) => row.issueDate !== null && row.status !== 'void' && row.status !== 'draft')
    const sumOf = (kind: 'invoice' | 'credit_note', pick: (row: (typeof rows)[number]) => number) =>
      counted.filter((row) => row.kind === kind).reduce((sum, row) => sum + pick(row), 0)
    const taxOf = (row: (typeof rows)[number], code: string) =>
      row.taxes.find((tax) => tax.code === code)?.amountCents ?? 0
    expect(report.salesCents).toBe(sumOf('invoice', (row) => row.subtotalCents))
    expect(report.creditedSalesCents).toBe(-sumOf('credit_note', (row) => row.subtotalCents))
    const gst = report.taxes.find((tax) => tax.code === 'GST')
    expect(gst?.collectedCents).toBe(sumOf('invoice', (row) => taxOf(row, 'GST')))
    expect(gst?.creditedCents).toBe(-sumOf('credit_note', (row) => taxOf(row, 'GST')))
    const qst = report.taxes.find((tax) => tax.code === 'QST')
    expect(qst?.netCents).toBe(
      sumOf('invoice', (row) => taxOf(row, 'QST')) + sumOf('credit_note', (row) => taxOf(row, 'QST')),
    )
    expect(report.taxes.find((tax) => tax.code === 'HST')).toMatchObject({ ratePercent: 13, collectedCents: 1560 })
    expect(report.invoiceCount).toBe(counted.filter((row) => row.kind === 'invoice').length)
    const empty = await taxReport(db.app, owner(), { from: '2025-01-01', to: '2025-01-31' })
    expect(empty).toMatchObject({ salesCents: 0, taxes: [], invoiceCount: 0 })
  })
})

describe('card payments and late fees', () => {
  it('a card payment confirmed by the webhook pays its invoice; one past the balance, or another client’s, is refused', async () => {
    const bookingId = await insertBooking(db, db.data.a)
    const { invoiceId } = await asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId }, june15))
    const invoice = await issueInvoice(db.app, owner(), { invoiceId }, june15)
    expect(invoice.totalCents).toBe(13797)
    const pay = (amountCents: number) =>
      succeededPayment(db, db.data.a, { bookingId, purpose: 'full', amountCents, receivedAt: new Date(june15) })
    const tooMuch = await pay(13798)
    expect(
      await refusal(
        asSystem((tx) => applyPaymentToInvoice(tx, { tenantId: db.data.a.id, invoiceId, paymentId: tooMuch }, june15)),
      ),
    ).toEqual({ code: 'BAD_REQUEST', key: 'invoice.overpayment' })
    const exact = await pay(13797)
    const paid = await asSystem((tx) =>
      applyPaymentToInvoice(tx, { tenantId: db.data.a.id, invoiceId, paymentId: exact }, june15),
    )
    expect(paid).toMatchObject({ status: 'paid', paidCents: 13797 })
    const detail = await asStaff((tx) => getInvoice(tx, { tenantId: db.data.a.id }, invoiceId))
    expect(detail.payments.map((p) => p.id)).toEqual([exact])
    const other = await issued(1000)
    expect(
      await refusal(
        asSystem((tx) =>
          applyPaymentToInvoice(tx, { tenantId: db.data.a.id, invoiceId: other.id, paymentId: exact }, june15),
        ),
      ),
    ).toEqual({ code: 'BAD_REQUEST', key: 'invoice.paymentNotUsable' })
  })

  it('a visit cancelled late is invoiced its recorded fee; a waived fee leaves nothing to invoice', async () => {
    const late = { ...snapshotOf(12000), policy: { ...snapshotOf(12000).policy, lateCancelFeePercent: 25 } }
    const charged = await insertBooking(db, db.data.a, { snapshot: late })
    const waived = await insertBooking(db, db.data.a, { snapshot: late })
    const start = await asStaff(async (tx) => {
      const [row] = await tx
        .select({ start: bookingsTable.startsAt })
        .from(bookingsTable)
        .where(eq(bookingsTable.id, charged))
      return row?.start.getTime() ?? 0
    })
    const cancelAt = start - 3_600_000
    await asStaff((tx) =>
      cancelBookingAsTeam(tx, owner(), { id: charged, reason: 'Client absent', waiveFee: false }, cancelAt),
    )
    await asStaff((tx) => cancelBookingAsTeam(tx, owner(), { id: waived, reason: 'Tempête', waiveFee: true }, cancelAt))
    const { invoiceId } = await asStaff((tx) =>
      createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId: charged }, june15),
    )
    const invoice = await issueInvoice(db.app, owner(), { invoiceId }, june15)
    expect(invoice).toMatchObject({
      source: 'cancellation_fee',
      lines: [{ kind: 'fee', amountCents: 3000, descriptionEn: 'Late cancellation fee — Maintenance' }],
      totalCents: 3449,
    })
    expect(
      await refusal(asStaff((tx) => createBookingInvoice(tx, { tenantId: db.data.a.id, bookingId: waived }, june15))),
    ).toMatchObject({ key: 'invoice.bookingNotInvoiceable' })
  })

  it('a receipt shows the payment, its number and how it was paid', async () => {
    const invoice = await issued(5000)
    const paid = await recordOfflinePayment(
      db.app,
      owner(),
      { invoiceId: invoice.id, method: 'etransfer', amountCents: 5749, currency: 'CAD' },
      june15,
    )
    const payment = paid.payments[0]
    if (!payment) throw new Error('no payment')
    const receipt = toReceiptDocument(paid, payment.id, { brandColor: null, issueDate: '2026-06-15' })
    expect(receipt).toMatchObject({
      kind: 'receipt',
      number: payment.receiptNumber,
      references: { number: invoice.number, issueDate: '2026-06-15' },
      paidCents: 5749,
      paymentMethod: 'Virement Interac / Interac e-Transfer',
      totalCents: 5749,
    })
  })
})

describe('who the invoice is for', () => {
  it('an English-speaking Quebec client gets a bilingual invoice, French first; in Ontario, English and HST', async () => {
    const other = db.data.a.otherClientId
    await asStaff((tx) => tx.update(clients).set({ locale: 'en' }).where(eq(clients.id, other)))
    const draft = await draftFor(10000, other)
    const bilingual = await issueInvoice(db.app, owner(), { invoiceId: draft.id }, june15)
    expect(bilingual).toMatchObject({ language: 'fr-en', placeOfSupply: 'QC' })
    await asStaff((tx) => tx.update(clients).set({ serviceAddress: ontario }).where(eq(clients.id, other)))
    const english = await issueInvoice(db.app, owner(), { invoiceId: (await draftFor(10000, other)).id }, june15)
    expect(english).toMatchObject({
      language: 'en',
      placeOfSupply: 'ON',
      taxes: [{ code: 'HST', amountCents: 1300 }],
      buyer: { address: ['40 Lakeshore Rd', 'Ottawa (ON) K1A 0B1'] },
    })
  })

  it('a business registered for nothing charges no tax', async () => {
    const b = ownerOf(db.data.b)
    const staffB = { actor: 'staff' as const, tenantId: db.data.b.id, userId: db.data.b.ownerUserId }
    await db.app.withTenant(staffB, (tx) =>
      tx
        .update(tenantPaymentSettings)
        .set({ gstHstNumber: null, qstNumber: null })
        .where(eq(tenantPaymentSettings.tenantId, db.data.b.id)),
    )
    const draft = await createDraftInvoice(
      db.app,
      b,
      { clientId: db.data.b.clientId, currency: 'CAD', lines: [line(14999)] },
      june15,
    )
    const invoice = await issueInvoice(db.app, b, { invoiceId: draft.id }, june15)
    expect(invoice).toMatchObject({
      taxes: [],
      taxCents: 0,
      totalCents: 14999,
      seller: { gstHstNumber: null, qstNumber: null },
    })
  })

  it('a credit note documenting a refund is linked to it, once', async () => {
    const invoice = await issued(10000)
    const paid = await recordOfflinePayment(
      db.app,
      owner(),
      { invoiceId: invoice.id, method: 'cash', amountCents: invoice.totalCents, currency: 'CAD' },
      june15,
    )
    const paymentId = paid.payments[0]?.id ?? ''
    const [refund] = await asSystem((tx) =>
      tx
        .insert(refunds)
        .values({ tenantId: db.data.a.id, paymentId, clientId: db.data.a.clientId, amountCents: 2300, reason: 'Geste' })
        .returning({ id: refunds.id }),
    )
    const refundId = refund?.id ?? ''
    const note = await asSystem((tx) =>
      issueCreditNote(
        tx,
        { tenantId: db.data.a.id, invoiceId: invoice.id, totalCents: 2300, reason: 'Geste', refundId },
        june15,
      ),
    )
    expect(note).toMatchObject({ kind: 'credit_note', source: 'refund', subtotalCents: -2000, totalCents: -2300 })
    const [linked] = await asStaff((tx) => tx.select().from(refunds).where(eq(refunds.id, refundId)))
    expect(linked?.creditNoteId).toBe(note.id)
    expect(
      await refusal(
        asSystem((tx) =>
          issueCreditNote(
            tx,
            { tenantId: db.data.a.id, invoiceId: invoice.id, amountCents: 100, reason: 'x', refundId },
            june15,
          ),
        ),
      ),
    ).toEqual({ code: 'BAD_REQUEST', key: 'invoice.paymentNotUsable' })
  })
})

describe('dates in the business’s time zone', () => {
  it('an invoice issued at 23:30 in Toronto on June 30 (03:30 UTC on July 1) is dated June 30 and counts in June', async () => {
    const lateEvening = Date.UTC(2026, 6, 1, 3, 30)
    const draft = await createDraftInvoice(
      db.app,
      owner(),
      { clientId: db.data.a.clientId, currency: 'CAD', lines: [line(777)] },
      lateEvening,
    )
    const before = await taxReport(db.app, owner(), { from: '2026-06-01', to: '2026-06-30' })
    const invoice = await issueInvoice(db.app, owner(), { invoiceId: draft.id }, lateEvening)
    expect(invoice).toMatchObject({ issueDate: '2026-06-30', dueDate: '2026-07-30' })
    const june = await taxReport(db.app, owner(), { from: '2026-06-01', to: '2026-06-30' })
    expect(june.salesCents - before.salesCents).toBe(777)
    const july = await taxReport(db.app, owner(), { from: '2026-07-01', to: '2026-07-31' })
    expect(july).toMatchObject({ salesCents: 0, invoiceCount: 0 })
  })
})
