import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signResendWebhook, verifyResendWebhook } from './verify-resend-webhook'

const secret = `whsec_${randomBytes(24).toString('base64')}`
const body = JSON.stringify({
  type: 'email.bounced',
  created_at: '2026-12-07T19:00:00.000Z',
  data: { email_id: 'em_1', to: ['marie@example.com'] },
})

describe('verifyResendWebhook', () => {
  it('accepts a signed delivery and returns its id, type, time and data', () => {
    expect(
      verifyResendWebhook(body, signResendWebhook(secret, 'msg_1', new Date(), body), { signingSecret: secret }),
    ).toEqual({
      ok: true,
      event: {
        deliveryId: 'msg_1',
        type: 'email.bounced',
        createdAt: '2026-12-07T19:00:00.000Z',
        data: { email_id: 'em_1', to: ['marie@example.com'] },
      },
    })
  })

  it('refuses a body changed after signing, and one signed with another secret', () => {
    const headers = signResendWebhook(secret, 'msg_1', new Date(), body)
    expect(verifyResendWebhook(body.replace('bounced', 'delivered'), headers, { signingSecret: secret })).toMatchObject(
      {
        ok: false,
        reason: 'invalid-signature',
      },
    )
    const other = `whsec_${randomBytes(24).toString('base64')}`
    expect(
      verifyResendWebhook(body, signResendWebhook(other, 'msg_1', new Date(), body), { signingSecret: secret }),
    ).toMatchObject({
      ok: false,
      reason: 'invalid-signature',
    })
  })

  it('refuses a replay signed ten minutes ago, and a delivery without its headers', () => {
    const stale = signResendWebhook(secret, 'msg_1', new Date(Date.now() - 10 * 60_000), body)
    expect(verifyResendWebhook(body, stale, { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'stale-timestamp',
    })
    expect(verifyResendWebhook(body, new Headers(), { signingSecret: secret })).toMatchObject({
      ok: false,
      reason: 'missing-headers',
    })
  })
})
