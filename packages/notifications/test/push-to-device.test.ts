import webpush from 'web-push'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { pushToDevice } from '../src/push/push-to-device'
import { browserKeys, type FakePushService, startFakePushService } from './push-fake-service'

let service: FakePushService
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@portail.test' }
const payload = { title: 'Rappel', body: 'Demain à 9 h 30', url: '/fr/portal', tag: 'booking-1' }

beforeAll(async () => {
  service = await startFakePushService()
})
afterAll(() => service.close())
beforeEach(() => {
  service.calls.length = 0
})

describe('pushToDevice', () => {
  it('posts the encrypted payload to the device’s push service, signed with our VAPID key', async () => {
    const result = await pushToDevice({ endpoint: service.endpoint('a'), ...browserKeys() }, payload, {
      vapid,
      agent: service.agent,
    })
    expect(result).toEqual({ status: 'sent' })
    expect(service.calls).toHaveLength(1)
    const [call] = service.calls
    expect(call?.path).toBe('/push/a')
    expect(call?.headers['content-encoding']).toBe('aes128gcm')
    expect(call?.headers.ttl).toBe('3600')
    expect(call?.headers.urgency).toBe('high')
    expect(call?.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
    )
    // Encrypted: the body is not the JSON, and longer than it (salt, key id, record padding and tag).
    expect(call?.bodyBytes).toBeGreaterThan(JSON.stringify(payload).length)
  })

  it('reports a subscription the push service no longer knows (410, 404) as gone', async () => {
    for (const status of [410, 404]) {
      const result = await pushToDevice(
        { endpoint: service.endpoint(`gone-${status}`, status), ...browserKeys() },
        payload,
        {
          vapid,
          agent: service.agent,
        },
      )
      expect(result).toEqual({ status: 'gone' })
    }
  })

  it('reports any other refusal, and an unreachable service, as a failure to retry', async () => {
    const refused = await pushToDevice({ endpoint: service.endpoint('busy', 503), ...browserKeys() }, payload, {
      vapid,
      agent: service.agent,
    })
    expect(refused).toMatchObject({ status: 'failed', error: expect.stringMatching(/^web push: 503/) as unknown })
    const untrusted = await pushToDevice({ endpoint: service.endpoint('b'), ...browserKeys() }, payload, { vapid })
    expect(untrusted.status).toBe('failed')
  })
})
