import { NextRequest } from 'next/server'
import { afterAll, describe, expect, it, vi } from 'vitest'

// Configured for Inngest Cloud before the client and the route are loaded (both read it once).
const signingKey = `signkey-prod-${'5e'.repeat(32)}`
vi.stubEnv('INNGEST_EVENT_KEY', 'test-event-key')
vi.stubEnv('INNGEST_SIGNING_KEY', signingKey)
const { signatureHeader } = await import('@portail/inngest')
const { POST, GET } = await import('./route')
afterAll(() => {
  vi.unstubAllEnvs()
})

const body = {
  version: 2,
  event: { id: 'e1', name: 'booking/no-show', data: {}, ts: 0 },
  events: [],
  steps: {},
  ctx: { run_id: 'r1', attempt: 0, stack: { stack: [], current: 0 } },
}
const call = (headers: Record<string, string> = {}) =>
  POST(
    new NextRequest('http://localhost:3000/api/inngest?fnId=portail-booking-no-show&stepId=step', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    undefined,
  )

describe('/api/inngest in production (Inngest Cloud)', () => {
  it('refuses an unsigned call, and one signed with another key, with 401', async () => {
    expect((await call()).status).toBe(401)
    const forged = signatureHeader(body, `signkey-prod-${'77'.repeat(32)}`)
    expect((await call({ 'x-inngest-signature': forged })).status).toBe(401)
  })

  it('refuses an unsigned introspection', async () => {
    const response = await GET(new NextRequest('http://localhost:3000/api/inngest'), undefined)
    expect(response.status).toBe(401)
  })
})
