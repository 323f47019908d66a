/**
 * Invoice numbers are per business and gapless: 50 concurrent issues in one business take 1..50,
 * another business issuing at the same time numbers on its own, and an issue whose transaction
 * rolls back gives its number back to the next one.
 */
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDraftInvoice, issueInvoice } from '../src/invoices'
import { issueDraft } from '../src/invoices/issue-draft'
import { line, ownerOf, registerBusinesses } from './invoices-support'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(
    async (admin) => {
      const fixture = await twoTenantFixture(admin)
      await registerBusinesses(admin, fixture)
      return fixture
    },
    { poolMax: 8 },
  )
})
afterAll(async () => db.close())

const now = Date.UTC(2026, 5, 15, 14)

const drafts = async (tenant: TwoTenantFixture['a'], n: number) => {
  const ids: string[] = []
  for (let i = 0; i < n; i += 1)
    ids.push(
      (
        await createDraftInvoice(
          db.app,
          ownerOf(tenant),
          { clientId: tenant.clientId, currency: 'CAD', lines: [line(1000 + i)] },
          now,
        )
      ).id,
    )
  return ids
}

const numberOf = (printed: string | null) => Number(printed?.slice(2))
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('invoice numbering', () => {
  it('50 concurrent issues in one business give 1..50, and a second business issuing alongside numbers 1..20 on its own', async () => {
    const [inA, inB] = [await drafts(db.data.a, 50), await drafts(db.data.b, 20)]
    const issues = [
      ...inA.map((invoiceId) => issueInvoice(db.app, ownerOf(db.data.a), { invoiceId }, now)),
      ...inB.map((invoiceId) => issueInvoice(db.app, ownerOf(db.data.b), { invoiceId }, now)),
    ]
    const issued = await Promise.all(issues)
    const numbersOf = (tenantId: string) =>
      issued
        .filter((invoice) => inA.includes(invoice.id) === (tenantId === db.data.a.id))
        .map((invoice) => numberOf(invoice.number))
        .sort((x, y) => x - y)
    expect(numbersOf(db.data.a.id)).toEqual(range(1, 50))
    expect(numbersOf(db.data.b.id)).toEqual(range(1, 20))
  })

  it('a rolled-back issue leaves no gap: the next issue takes the number it had', async () => {
    const [first, second] = await drafts(db.data.a, 2)
    if (first === undefined || second === undefined) throw new Error('drafts not created')
    const staff = { actor: 'staff' as const, tenantId: db.data.a.id, userId: db.data.a.ownerUserId }
    let taken = 0
    await expect(
      db.app.withTenant(staff, async (tx) => {
        const row = await issueDraft(tx, { ...ownerOf(db.data.a) }, first, { now })
        taken = row.number ?? 0
        throw new Error('the mail could not be queued')
      }),
    ).rejects.toThrow('the mail could not be queued')
    expect(taken).toBe(51)
    const next = await issueInvoice(db.app, ownerOf(db.data.a), { invoiceId: second }, now)
    expect(next.number).toBe('F-000051')
    const retried = await issueInvoice(db.app, ownerOf(db.data.a), { invoiceId: first }, now)
    expect(retried.number).toBe('F-000052')
  })
})
