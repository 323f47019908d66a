/**
 * The payment workflows' decisions, run by @inngest/test's engine: what is mailed, to whom, in
 * which language, with which attachment, and what is not sent and why. The rows as read again
 * (billing-facts), the PDF renderer and the delivery write are mocked at the module boundary;
 * core's document builders (toInvoiceDocument, toReceiptDocument) are the real ones.
 */
import { InngestTestEngine } from '@inngest/test'
import type { InvoiceDetail } from '@portail/core/invoices'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Facts from '../src/functions/payments/billing-facts'
import type { BillingClient, BillingSender } from '../src/functions/payments/billing-recipient'
import type { BillingMail, BillingTemplate } from '../src/functions/payments/deliver-billing-mail'

const tenantId = '019a0000-0000-7000-8000-0000000000a1'
const clientId = '019a0000-0000-7000-8000-0000000000e1'
const invoiceId = '019a0000-0000-7000-8000-0000000000f1'
const creditNoteId = '019a0000-0000-7000-8000-0000000000f2'
const paymentId = '019a0000-0000-7000-8000-0000000000b1'
const refundId = '019a0000-0000-7000-8000-0000000000c1'
const bookingId = '019a0000-0000-7000-8000-0000000000d1'

const world = vi.hoisted(() => ({
  invoices: new Map<string, InvoiceDetail>(),
  payment: null as Facts.PaymentRow | null,
  refund: null as Facts.RefundRow | null,
  clientLocale: ((): 'fr' | 'en' => 'fr')(),
  mails: [] as BillingMail<BillingTemplate>[],
  staffNotices: [] as string[],
  rendered: [] as { kind: string; number: string; language: string }[],
}))

vi.mock('../src/functions/payments/payment-deps', () => ({
  paymentWorkflowDeps: () => ({ database: null, portalOrigin: (slug: string) => `https://${slug}.portail.test` }),
}))
vi.mock('@portail/billing/pdf', () => ({
  renderInvoicePdf: vi.fn((document: { kind: string; number: string; language: string }) => {
    world.rendered.push({ kind: document.kind, number: document.number, language: document.language })
    return Promise.resolve(Buffer.from('%PDF-1.7 test'))
  }),
}))
vi.mock('../src/functions/payments/billing-facts', async (importOriginal) => {
  const actual = await importOriginal<typeof Facts>()
  const sender: BillingSender = {
    brand: {
      name: 'Piscines Laurentides',
      logoUrl: null,
      color: '#0e7490',
      addressLines: [],
      privacyContact: null,
      portalUrl: 'https://piscines.portail.test',
    },
    timeZone: 'America/Toronto',
    portalOrigin: 'https://piscines.portail.test',
    defaultLocale: 'fr',
  }
  return {
    ...actual,
    asSystem: () => (run: (tx: never) => Promise<unknown>) => run(null as never),
    findInvoice: vi.fn((_tx: unknown, _tenant: string, id: string) => Promise.resolve(world.invoices.get(id) ?? null)),
    findPayment: vi.fn(() => Promise.resolve(world.payment)),
    findRefund: vi.fn(() => Promise.resolve(world.refund)),
    loadParties: vi.fn(() => {
      const client: BillingClient = {
        clientId,
        name: 'Élodie Gagnon',
        locale: world.clientLocale,
        email: 'elodie@example.test',
        skipReason: null,
      }
      return Promise.resolve({ sender, client })
    }),
  }
})
vi.mock('../src/functions/payments/deliver-billing-mail', () => ({
  deliverBillingMail: vi.fn((_tx: unknown, _sender: unknown, _client: unknown, mail: BillingMail<BillingTemplate>) => {
    world.mails.push(mail)
    return Promise.resolve({ status: 'queued', email: 'queued' })
  }),
}))
vi.mock('../src/functions/payments/staff-payment-notice', () => ({
  noticeStaffOfPayment: vi.fn((input: { paymentId: string; outcome: string }) => {
    world.staffNotices.push(`${input.paymentId}:${input.outcome}`)
    return Promise.resolve({ told: 2 })
  }),
}))

const { invoiceIssued } = await import('../src/functions/payments/invoice-issued')
const { paymentSucceeded } = await import('../src/functions/payments/payment-succeeded')
const { paymentFailed } = await import('../src/functions/payments/payment-failed')
const { refundSucceeded } = await import('../src/functions/payments/refund-succeeded')

const invoice = (patch: Partial<InvoiceDetail> = {}): InvoiceDetail => ({
  id: invoiceId,
  kind: 'invoice',
  status: 'issued',
  number: 'F-000042',
  clientId,
  clientName: 'Élodie Gagnon',
  bookingId,
  creditsInvoiceId: null,
  source: 'booking',
  currency: 'CAD',
  issueDate: '2026-12-07',
  dueDate: '2027-01-06',
  subtotalCents: 40000,
  taxCents: 5990,
  totalCents: 45990,
  paidCents: 0,
  balanceCents: 45990,
  language: 'fr',
  placeOfSupply: 'QC',
  taxes: [],
  seller: {
    name: 'Piscines Laurentides',
    address: ['12 rue Principale'],
    email: null,
    phone: null,
    gstHstNumber: null,
    qstNumber: null,
    pstNumber: null,
  },
  buyer: { name: 'Élodie Gagnon', address: [], email: null },
  notes: null,
  voidReason: null,
  lines: [
    {
      position: 1,
      descriptionFr: 'Ouverture de piscine',
      descriptionEn: 'Pool opening',
      quantity: 1,
      unitCents: 40000,
      amountCents: 40000,
      taxable: true,
      pstApplies: false,
      kind: 'service',
    },
  ],
  payments: [],
  creditNotes: [],
  credits: null,
  ...patch,
})

const payment = (patch: Partial<Facts.PaymentRow> = {}): Facts.PaymentRow => ({
  id: paymentId,
  clientId,
  invoiceId,
  bookingId,
  status: 'succeeded',
  amountCents: 45990,
  receivedAt: new Date('2026-12-08T03:30:00.000Z'),
  receiptNumber: 17,
  failureMessage: null,
  ...patch,
})

async function run(fn: ConstructorParameters<typeof InngestTestEngine>[0]['function'], name: string, data: object) {
  const engine = new InngestTestEngine({ function: fn })
  return engine.execute({ events: [{ name, data: { tenantId, ...data } }] })
}

beforeEach(() => {
  world.invoices.clear()
  world.payment = null
  world.refund = null
  world.clientLocale = 'fr'
  world.mails = []
  world.staffNotices = []
  world.rendered = []
})
afterEach(() => {
  vi.clearAllMocks()
})

describe('invoice-issued', () => {
  it('mails the invoice with its PDF named by its number, a link to it in the portal', async () => {
    world.invoices.set(invoiceId, invoice())
    const { result } = await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(result).toEqual({ client: { status: 'queued', email: 'queued' } })
    const [mail] = world.mails
    expect(mail?.template).toBe('invoice-issued')
    expect(mail?.attachments).toEqual([
      {
        filename: 'F-000042.pdf',
        contentType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.7 test').toString('base64'),
      },
    ])
    expect(mail?.props.link).toBe(`https://piscines.portail.test/fr/portal/invoices/${invoiceId}`)
    expect(mail?.dedupeKey).toBe(`invoice:${invoiceId}:issued`)
    expect(mail?.props).toMatchObject({ number: 'F-000042', totalCents: 45990, dueDate: '2027-01-06' })
  })

  it('writes in the invoice’s language, not the client’s; a bilingual invoice in the client’s', async () => {
    world.clientLocale = 'fr'
    world.invoices.set(invoiceId, invoice({ language: 'en' }))
    await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(world.mails[0]?.locale).toBe('en')
    expect(world.mails[0]?.props.link).toContain('/en/portal/invoices/')
    world.mails = []
    world.clientLocale = 'en'
    world.invoices.set(invoiceId, invoice({ language: 'fr-en' }))
    await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(world.mails[0]?.locale).toBe('en')
  })

  it('a missing invoice, or one of another client: nothing rendered, nothing sent, the reason returned', async () => {
    const missing = await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(missing.result).toEqual({ client: { status: 'skipped', reason: 'invoice_not_found' } })
    world.invoices.set(invoiceId, invoice({ clientId: '019a0000-0000-7000-8000-0000000000e9' }))
    const other = await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(other.result).toEqual({ client: { status: 'skipped', reason: 'invoice_not_found' } })
    expect(world.mails).toEqual([])
    expect(world.rendered).toEqual([])
  })

  it('an invoice voided before the mail went: not sent', async () => {
    world.invoices.set(invoiceId, invoice({ status: 'void' }))
    const { result } = await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(result).toEqual({ client: { status: 'skipped', reason: 'invoice_void' } })
    expect(world.mails).toEqual([])
  })

  it('a credit note goes with its own PDF (NC-…)', async () => {
    world.invoices.set(invoiceId, invoice({ kind: 'credit_note', number: 'NC-000003', totalCents: -5000 }))
    await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(world.mails[0]?.attachments[0]?.filename).toBe('NC-000003.pdf')
    expect(world.rendered).toEqual([{ kind: 'credit_note', number: 'NC-000003', language: 'fr' }])
  })

  it('a refund’s credit note is not mailed here: the refund’s message carries it', async () => {
    world.invoices.set(invoiceId, invoice({ kind: 'credit_note', number: 'NC-000004', source: 'refund' }))
    const { result } = await run(invoiceIssued, 'invoice/issued', { invoiceId, clientId })
    expect(result).toEqual({ client: { status: 'skipped', reason: 'sent_with_refund' } })
    expect(world.mails).toEqual([])
  })
})

describe('payment-succeeded', () => {
  it('mails the receipt PDF (R-…) dated on the business’s clock, then tells the team', async () => {
    world.payment = payment()
    world.invoices.set(
      invoiceId,
      invoice({
        language: 'en',
        payments: [
          {
            id: paymentId,
            method: 'card',
            status: 'succeeded',
            amountCents: 45990,
            refundedCents: 0,
            receivedAt: '2026-12-08T03:30:00.000Z',
            receiptNumber: 'R-000017',
            cardBrand: 'visa',
            cardLast4: '4242',
          },
        ],
      }),
    )
    const { result } = await run(paymentSucceeded, 'payment/succeeded', {
      paymentId,
      clientId,
      bookingId,
      invoiceId,
    })
    expect(result).toEqual({ client: { status: 'queued', email: 'queued' }, staff: { told: 2 } })
    const [mail] = world.mails
    expect(mail?.attachments.map((file) => file.filename)).toEqual(['R-000017.pdf'])
    expect(mail?.locale).toBe('en')
    expect(mail?.props).toMatchObject({ receiptNumber: 'R-000017', invoiceNumber: 'F-000042', amountCents: 45990 })
    expect(world.rendered).toEqual([{ kind: 'receipt', number: 'R-000017', language: 'en' }])
    expect(world.staffNotices).toEqual([`${paymentId}:succeeded`])
  })

  it('a payment with no invoice yet: the receipt mail alone, in the client’s language', async () => {
    world.clientLocale = 'en'
    world.payment = payment({ invoiceId: null, receiptNumber: null })
    await run(paymentSucceeded, 'payment/succeeded', { paymentId, clientId, bookingId, invoiceId: null })
    expect(world.mails[0]?.attachments).toEqual([])
    expect(world.mails[0]?.locale).toBe('en')
    expect(world.rendered).toEqual([])
  })

  it('a payment that is not succeeded (read again) gets no receipt', async () => {
    world.payment = payment({ status: 'pending', receivedAt: null })
    const { result } = await run(paymentSucceeded, 'payment/succeeded', {
      paymentId,
      clientId,
      bookingId,
      invoiceId,
    })
    expect(result).toMatchObject({ client: { status: 'skipped', reason: 'payment_pending' } })
    expect(world.mails).toEqual([])
  })
})

describe('payment-failed', () => {
  it('tells the client with the bank’s reason and a link to pay the invoice again; the team too', async () => {
    world.payment = payment({ status: 'failed', receivedAt: null, failureMessage: 'Your card was declined.' })
    await run(paymentFailed, 'payment/failed', { paymentId, clientId, bookingId })
    const [mail] = world.mails
    expect(mail?.template).toBe('payment-failed')
    expect(mail?.props).toMatchObject({
      failureMessage: 'Your card was declined.',
      link: `https://piscines.portail.test/fr/portal/invoices/${invoiceId}`,
    })
    expect(mail?.attachments).toEqual([])
    expect(world.staffNotices).toEqual([`${paymentId}:failed`])
  })

  it('a failed booking deposit links to the appointment, where it is paid again', async () => {
    world.payment = payment({ status: 'failed', invoiceId: null, receivedAt: null })
    await run(paymentFailed, 'payment/failed', { paymentId, clientId, bookingId })
    expect(world.mails[0]?.props.link).toBe(`https://piscines.portail.test/fr/portal/appointments/${bookingId}`)
  })

  it('a payment that succeeded since (a retry went through): no failure mail', async () => {
    world.payment = payment()
    const { result } = await run(paymentFailed, 'payment/failed', { paymentId, clientId, bookingId })
    expect(result).toMatchObject({ client: { status: 'skipped', reason: 'payment_succeeded' } })
    expect(world.mails).toEqual([])
  })
})

describe('refund-succeeded', () => {
  it('tells the amount with the credit note’s PDF, in the credit note’s language', async () => {
    world.refund = { id: refundId, paymentId, clientId, creditNoteId, amountCents: 5000, status: 'succeeded' }
    world.invoices.set(
      creditNoteId,
      invoice({ id: creditNoteId, kind: 'credit_note', number: 'NC-000003', totalCents: -5000, language: 'en' }),
    )
    await run(refundSucceeded, 'refund/succeeded', { refundId, paymentId, clientId })
    const [mail] = world.mails
    expect(mail?.template).toBe('refund-issued')
    expect(mail?.attachments.map((file) => file.filename)).toEqual(['NC-000003.pdf'])
    expect(mail?.locale).toBe('en')
    expect(mail?.props).toMatchObject({ amountCents: 5000, creditNoteNumber: 'NC-000003' })
  })

  it('a refund still pending, or gone: nothing sent', async () => {
    world.refund = { id: refundId, paymentId, clientId, creditNoteId: null, amountCents: 5000, status: 'pending' }
    const pending = await run(refundSucceeded, 'refund/succeeded', { refundId, paymentId, clientId })
    expect(pending.result).toEqual({ client: { status: 'skipped', reason: 'refund_pending' } })
    world.refund = null
    const gone = await run(refundSucceeded, 'refund/succeeded', { refundId, paymentId, clientId })
    expect(gone.result).toEqual({ client: { status: 'skipped', reason: 'refund_not_found' } })
    expect(world.mails).toEqual([])
  })
})
