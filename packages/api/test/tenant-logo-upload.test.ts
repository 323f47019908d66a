import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { readTenantLogo } from '@portail/core/tenants'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { memoryFileStorage } from '@portail/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { hostOf, logoBody, requestHeaders, rootDomain } from './support/callers'

let db: TestDatabase<TwoTenantFixture>
const storage = memoryFileStorage()
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

interface Answer {
  result?: { data: { json: { version: number; contentType: string } } }
  error?: { json: { message: string; data: { appCode: string; field: string | null } } }
}

/** What the browser's tRPC client sends for a File: the bytes alone, as application/octet-stream. */
const upload = async (body: Blob | Uint8Array, acceptLanguage = 'fr-CA') => {
  const headers = requestHeaders({ host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId, acceptLanguage })
  headers.set('content-type', 'application/octet-stream')
  const response = await handleTrpcRequest(
    new Request(`http://${hostOf(db.data.a.slug)}/api/trpc/staff.settings.uploadLogo`, {
      method: 'POST',
      headers,
      body,
    }),
    { database: db.app, identity: createHeaderTestIdentity(), rootDomain, storage },
  )
  return { status: response.status, answer: (await response.json()) as Answer }
}

describe('uploading a logo over HTTP', () => {
  it('stores a PNG called logo.jpg and sent as image/jpeg as the PNG it is', async () => {
    const file = new File([logoBody()], 'logo.jpg', { type: 'image/jpeg' })
    const { status, answer } = await upload(file)
    expect(status).toBe(200)
    expect(answer.result?.data.json.contentType).toBe('image/png')
    expect((await readTenantLogo({ database: db.app, storage }, db.data.a.id))?.contentType).toBe('image/png')
  })

  it('refuses an HTML page called logo.png and a body over 1 MB, in the reader’s language, on the logo field', async () => {
    const before = storage.keys()
    const html = new File(['<html><script>alert(document.domain)</script></html>'], 'logo.png', { type: 'image/png' })
    const refusedHtml = await upload(html, 'en-CA,en;q=0.9')
    expect(refusedHtml.status).toBe(400)
    expect(refusedHtml.answer.error?.json.message).toBe(
      'This file is not a PNG, JPEG or WebP image (SVG is not accepted). Nothing was saved.',
    )
    expect(refusedHtml.answer.error?.json.data).toMatchObject({ appCode: 'BAD_REQUEST', field: 'logo' })
    const refusedBig = await upload(new Uint8Array(3 * 1024 * 1024))
    expect(refusedBig.status).toBe(400)
    expect(refusedBig.answer.error?.json.message).toMatch(/^Ce logo dépasse 1 Mo/)
    expect(storage.keys()).toEqual(before)
  })
})
