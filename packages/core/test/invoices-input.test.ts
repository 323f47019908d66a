/**
 * Bad input is refused with the message key a form shows, and nothing is written: the zod input
 * of @portail/validators in front of core, as the API runs them, then core's own checks.
 */
import { invoices } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import {
  type TCreateDraftInvoiceInput,
  ZCreateDraftInvoiceInput,
  ZIssueCreditNoteInput,
  ZRecordOfflinePaymentInput,
  ZTaxReportInput,
} from '@portail/validators'
import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDraftInvoice } from '../src/invoices'
import { insertBooking, line, ownerOf, refusal, registerBusinesses } from './invoices-support'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    await registerBusinesses(admin, fixture)
    return fixture
  })
})
afterAll(async () => db.close())

const invoiceCount = async () => {
  const [row] = await db.app.withTenant(
    { actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId },
    (tx) => tx.select({ n: count() }).from(invoices),
  )
  return row?.n ?? 0
}

/** What the API does: parse, and only a valid input reaches core. Returns the first message key. */
async function createThroughApi(input: unknown): Promise<string> {
  const parsed = ZCreateDraftInvoiceInput.safeParse(input)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'no message'
  await createDraftInvoice(db.app, ownerOf(db.data.a), parsed.data)
  return 'created'
}

const valid = (): TCreateDraftInvoiceInput => ({ clientId: db.data.a.clientId, lines: [line(1000)] })

describe('bad invoice input', () => {
  it('refuses a negative quantity, 1e12 cents, an unknown currency, 600 lines, a total past 100,000 $: each with its key, nothing written', async () => {
    const before = await invoiceCount()
    const cases: [unknown, string][] = [
      [{ ...valid(), lines: [{ ...line(1000), quantity: -1 }] }, 'invoice.quantityOutOfRange'],
      [{ ...valid(), lines: [{ ...line(1000), quantity: 1.5 }] }, 'invoice.quantityOutOfRange'],
      [{ ...valid(), lines: [line(1e12)] }, 'invoice.amountOutOfRange'],
      [{ ...valid(), lines: [line(-100)] }, 'invoice.amountOutOfRange'],
      [{ ...valid(), currency: 'USD' }, 'invoice.unsupportedCurrency'],
      [{ ...valid(), lines: Array.from({ length: 600 }, () => line(100)) }, 'invoice.tooManyLines'],
      [{ ...valid(), lines: [] }, 'invoice.noLines'],
      [{ ...valid(), lines: [line(10_000_000, 1000)] }, 'invoice.totalTooLarge'],
      [{ ...valid(), lines: [{ ...line(100), descriptionFr: ' ' }] }, 'invoice.descriptionRequired'],
      [{ ...valid(), lines: [{ ...line(100), descriptionEn: 'x'.repeat(501) }] }, 'invoice.descriptionTooLong'],
      [{ ...valid(), lines: [{ ...line(100), descriptionFr: 'a\u0000b' }] }, 'input.controlCharacter'],
    ]
    for (const [input, key] of cases) expect(await createThroughApi(input)).toBe(key)
    expect(await invoiceCount()).toBe(before)
    expect(await createThroughApi(valid())).toBe('created')
    expect(await invoiceCount()).toBe(before + 1)
  })

  it('refuses a client or a booking of another business or client (NOT_FOUND), nothing written', async () => {
    const before = await invoiceCount()
    expect(
      await refusal(
        createDraftInvoice(db.app, ownerOf(db.data.a), {
          ...valid(),
          currency: 'CAD',
          clientId: db.data.b.clientId,
          lines: [line(100)],
        }),
      ),
    ).toEqual({
      code: 'NOT_FOUND',
      key: 'invoice.clientNotFound',
    })
    const othersBooking = await insertBooking(db, db.data.a, { clientId: db.data.a.otherClientId })
    expect(
      await refusal(
        createDraftInvoice(db.app, ownerOf(db.data.a), {
          clientId: db.data.a.clientId,
          bookingId: othersBooking,
          currency: 'CAD',
          lines: [line(100)],
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', key: 'invoice.bookingNotFound' })
    expect(await invoiceCount()).toBe(before)
  })

  it('bounds payments, credit notes and report periods', () => {
    const id = db.data.a.clientId
    const key = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
      result.error?.issues[0]?.message
    expect(key(ZRecordOfflinePaymentInput.safeParse({ invoiceId: id, method: 'cash', amountCents: 0 }))).toBe(
      'invoice.amountOutOfRange',
    )
    expect(key(ZRecordOfflinePaymentInput.safeParse({ invoiceId: id, method: 'card', amountCents: 100 }))).toBe(
      'invoice.invalidPaymentMethod',
    )
    expect(
      key(ZRecordOfflinePaymentInput.safeParse({ invoiceId: id, method: 'cash', amountCents: 100, currency: 'EUR' })),
    ).toBe('invoice.unsupportedCurrency')
    expect(
      key(ZIssueCreditNoteInput.safeParse({ invoiceId: id, amountCents: 100, lines: [line(100)], reason: 'x' })),
    ).toBe('invoice.creditAmountOrLines')
    expect(key(ZIssueCreditNoteInput.safeParse({ invoiceId: id, reason: '' }))).toBe('invoice.reasonRequired')
    expect(key(ZTaxReportInput.safeParse({ from: '2026-03-31', to: '2026-01-01' }))).toBe('invoice.invalidPeriod')
    expect(key(ZTaxReportInput.safeParse({ from: '2026-02-30', to: '2026-03-01' }))).toBe('invoice.invalidDate')
    expect(ZTaxReportInput.safeParse({ from: '2026-01-01', to: '2026-12-31' }).success).toBe(true)
  })
})
