/**
 * The business's public contact (issue 12): staff with settings.write save its phone and address,
 * visitors of its portal see them, and a phone the validators refuse changes nothing and is worded
 * in the request's language.
 */
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'
import { auditOf } from './support/inspect'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const alpha = () => hostOf(db.data.a.slug)
const asOwnerA = () => callerFor(db.app, { host: alpha(), userId: db.data.a.ownerUserId })
const asStaffA = () => callerFor(db.app, { host: alpha(), userId: db.data.a.staffUserId })
const address = { line1: '1250, boulevard du Curé-Labelle', city: 'Saint-Jérôme', province: 'qc', postalCode: 'j7z5t2' }

const post = async (path: string, body: unknown, acceptLanguage: string) => {
  const headers = requestHeaders({ host: alpha(), userId: db.data.a.ownerUserId, acceptLanguage })
  headers.set('content-type', 'application/json')
  const response = await handleTrpcRequest(
    new Request(`http://${alpha()}/api/trpc/${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ json: body }),
    }),
    { database: db.app, identity: createHeaderTestIdentity(), rootDomain },
  )
  const json = (await response.json()) as {
    error: { json: { data: { zodIssues: { path: string[]; message: string }[] } } }
  }
  return { status: response.status, issues: json.error.json.data.zodIssues }
}

describe("the business's contact in its settings", () => {
  it('is saved normalised by the owner, shown to visitors, and audited by the fields that changed', async () => {
    const owner = await asOwnerA()
    const saved = await owner.staff.settings.update({ contactPhone: '(450) 555-0132', contactAddress: address })
    expect(saved).toMatchObject({
      contactPhone: '+14505550132',
      contactAddress: { ...address, province: 'QC', postalCode: 'J7Z 5T2', country: 'CA' },
    })
    const visitor = await callerFor(db.app, { host: alpha() })
    expect(await visitor.tenant.current()).toMatchObject({
      contactPhone: '+14505550132',
      contactAddress: { city: 'Saint-Jérôme', postalCode: 'J7Z 5T2' },
    })
    // The form sends the phone again as it shows it, with the unchanged name: nothing changed.
    await owner.staff.settings.update({ contactPhone: '450 555-0132', name: saved.name })
    await owner.staff.settings.update({ name: saved.name, contactPhone: null })
    const entries = (await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).filter(
      (entry) => entry.action === 'tenant.settings_updated',
    )
    expect(entries.map((entry) => entry.data)).toEqual([
      { fields: ['contactAddress', 'contactPhone'] },
      { fields: ['contactPhone'] },
    ])
  })

  it('refuses a bad phone in the request language and changes nothing', async () => {
    const owner = await asOwnerA()
    await owner.staff.settings.update({ contactPhone: '+15145550188', contactAddress: null })
    const before = await owner.staff.settings.get()
    for (const [language, message] of [
      ['fr-CA', 'Numéro de téléphone invalide (ex. : 514 555-0100).'],
      ['en-CA', 'Invalid phone number (e.g. 514 555-0100).'],
    ] as const) {
      const refused = await post('staff.settings.update', { contactPhone: '555-01', contactAddress: address }, language)
      expect(refused.status).toBe(400)
      expect(refused.issues).toContainEqual(expect.objectContaining({ path: ['contactPhone'], message }))
    }
    expect(await owner.staff.settings.get()).toEqual(before)
  })

  it('is changed by no staff member without the settings permission', async () => {
    const staff = await asStaffA()
    const error = await errorOf(staff.staff.settings.update({ contactPhone: '+15145550199' }))
    expect(error.code).toBe('FORBIDDEN')
  })
})
