import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleInvoicePdfRequest } from '../src/handle-invoice-pdf-request'
import { billingCallerFor, line } from './billing-support'
import { type CallAs, hostOf, requestHeaders, rootDomain } from './support/callers'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

type Tenant = TwoTenantFixture['a']

async function download(as: CallAs, invoiceId: string) {
  const response = await handleInvoicePdfRequest(
    new Request(`http://${as.host}/api/invoices/${invoiceId}/pdf`, { headers: requestHeaders(as) }),
    { database: db.app, identity: createHeaderTestIdentity(), rootDomain },
    invoiceId,
  )
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

/** An invoice of `clientId` made by the owner: issued, or left a draft. */
async function invoiceFor(tenant: Tenant, clientId: string, issue = true) {
  const owner = await billingCallerFor(db.app, { host: hostOf(tenant.slug), userId: tenant.ownerUserId })
  const draft = await owner.staff.billing.createDraft({ clientId, lines: [line(10_000)] })
  return issue ? owner.staff.billing.issue({ invoiceId: draft.id }) : draft
}

describe('GET /api/invoices/{id}/pdf', () => {
  it('gives the client its own issued invoice as a PDF download, named by its number', async () => {
    const f = db.data
    const invoice = await invoiceFor(f.a, f.a.clientId)
    const { response, bytes } = await download({ host: hostOf(f.a.slug), userId: f.a.clientUserId }, invoice.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${invoice.number ?? ''}.pdf"`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('answers 404 for another client’s invoice, a draft, another business’s staff, no session or a bad id', async () => {
    const f = db.data
    const others = await invoiceFor(f.a, f.a.otherClientId)
    const draft = await invoiceFor(f.a, f.a.clientId, false)
    const alpha = hostOf(f.a.slug)
    const refused: [CallAs, string][] = [
      [{ host: alpha, userId: f.a.clientUserId }, others.id],
      [{ host: alpha, userId: f.a.clientUserId }, draft.id],
      [{ host: alpha, userId: f.a.ownerUserId }, draft.id],
      [{ host: hostOf(f.b.slug), userId: f.b.ownerUserId }, others.id],
      [{ host: alpha, userId: f.b.ownerUserId }, others.id],
      [{ host: alpha }, others.id],
      [{ host: alpha, userId: f.a.ownerUserId }, 'not-a-uuid'],
    ]
    for (const [as, id] of refused)
      expect((await download(as, id)).response.status, `${as.userId ?? 'nobody'} ${id}`).toBe(404)
    // The business's staff do get it.
    expect((await download({ host: alpha, userId: f.a.staffUserId }, others.id)).response.status).toBe(200)
  })
})
