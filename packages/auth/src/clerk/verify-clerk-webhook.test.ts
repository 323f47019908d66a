import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { verifyClerkWebhook } from './verify-clerk-webhook'

const secret = `whsec_${randomBytes(24).toString('base64')}`
const otherSecret = `whsec_${randomBytes(24).toString('base64')}`

const body = JSON.stringify({
  type: 'organizationMembership.created',
  object: 'event',
  timestamp: 1_764_000_000_000,
  instance_id: 'ins_local',
  data: {
    id: 'orgmem_1',
    role: 'org:admin',
    organization: { id: 'org_2acme' },
    public_user_data: { user_id: 'user_2abc' },
  },
})

function delivery(
  options: { signWith?: string; at?: Date; payload?: string; signed?: string; id?: string } = {},
): Request {
  const id = options.id ?? 'msg_2delivery'
  const at = options.at ?? new Date()
  const signature = new Webhook(options.signWith ?? secret).sign(id, at, options.signed ?? body)
  return new Request('https://app.portail.test/api/webhooks/clerk', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': signature,
    },
    body: options.payload ?? options.signed ?? body,
  })
}

describe('verifyClerkWebhook', () => {
  it('accepts a signed delivery and returns its id, type and data', async () => {
    const result = await verifyClerkWebhook(delivery(), { signingSecret: secret })
    expect(result).toMatchObject({
      ok: true,
      event: {
        deliveryId: 'msg_2delivery',
        type: 'organizationMembership.created',
        data: { id: 'orgmem_1', role: 'org:admin', organization: { id: 'org_2acme' } },
      },
    })
  })

  it('refuses a body changed after signing', async () => {
    const tampered = body.replace('org:admin', 'org:owner')
    expect(await verifyClerkWebhook(delivery({ payload: tampered }), { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'invalid-signature',
    })
  })

  it('refuses a delivery signed with another secret', async () => {
    expect(await verifyClerkWebhook(delivery({ signWith: otherSecret }), { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'invalid-signature',
    })
  })

  it('refuses a replay of a delivery signed ten minutes ago, and one dated in the future', async () => {
    const tenMinutes = 10 * 60 * 1000
    const stale = delivery({ at: new Date(Date.now() - tenMinutes) })
    expect(await verifyClerkWebhook(stale, { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'stale-timestamp',
    })
    const future = delivery({ at: new Date(Date.now() + tenMinutes) })
    expect(await verifyClerkWebhook(future, { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'future-timestamp',
    })
  })

  it('refuses a correctly signed body that is not JSON', async () => {
    expect(await verifyClerkWebhook(delivery({ signed: 'user.created' }), { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'malformed-payload',
    })
  })

  it('refuses a request without the svix headers', async () => {
    const request = new Request('https://app.portail.test/api/webhooks/clerk', { method: 'POST', body })
    expect(await verifyClerkWebhook(request, { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'missing-headers',
    })
  })

  it('will not fall back to a secret from the environment', async () => {
    await expect(verifyClerkWebhook(delivery(), { signingSecret: '' })).rejects.toThrow(/signingSecret/)
  })
})
