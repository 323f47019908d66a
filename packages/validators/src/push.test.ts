import { createECDH, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isPushServiceUrl, ZSubscribePushInput, ZUnsubscribePushInput } from './push'

const ecdh = createECDH('prime256v1')
ecdh.generateKeys()
const keys = { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') }
const fcm = 'https://fcm.googleapis.com/fcm/send/dXk3:APA91bH'

describe('push subscription inputs', () => {
  it('take a browser’s subscription to a known push service', () => {
    for (const endpoint of [
      fcm,
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAA',
      'https://web.push.apple.com/QGuQ',
      'https://wns2-by3p.notify.windows.com/w/?token=x',
    ]) {
      expect(ZSubscribePushInput.safeParse({ endpoint, keys }).success, endpoint).toBe(true)
    }
  })

  it('refuse an endpoint the server must never call: plain http, another host, an address inside', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/x',
      'https://evil.example/push',
      'https://fcm.googleapis.com.evil.example/x',
      'https://127.0.0.1/push',
      'https://169.254.169.254/latest',
      'https://user:pw@fcm.googleapis.com/x',
      'https://fcm.googleapis.com:8443/x',
      'not a url',
    ]) {
      expect(isPushServiceUrl(endpoint), endpoint).toBe(false)
      const parsed = ZUnsubscribePushInput.safeParse({ endpoint })
      expect(parsed.error?.issues[0]?.message).toBe('input.pushEndpointInvalid')
    }
    expect(ZUnsubscribePushInput.safeParse({ endpoint: `${fcm}${'x'.repeat(2100)}` }).success).toBe(false)
  })

  it('refuse keys of the wrong length or alphabet, and anything extra', () => {
    const bad = [
      { ...keys, p256dh: keys.auth },
      { ...keys, auth: keys.p256dh },
      { ...keys, auth: 'not base64url!' },
    ]
    for (const wrong of bad) {
      expect(ZSubscribePushInput.safeParse({ endpoint: fcm, keys: wrong }).error?.issues[0]?.message).toBe(
        'input.pushKeyInvalid',
      )
    }
    expect(ZSubscribePushInput.safeParse({ endpoint: fcm, keys, tenantId: 'x' }).success).toBe(false)
  })
})
