// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applicationServerKey, pushSupport } from './push-device'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('applicationServerKey', () => {
  it('turns the base64url VAPID key into the 65 bytes PushManager takes', () => {
    const bytes = Buffer.alloc(65)
    for (let i = 0; i < 65; i += 1) bytes[i] = (i * 37 + 4) % 256
    const key = applicationServerKey(bytes.toString('base64url'))
    expect(key).toHaveLength(65)
    expect([...key]).toEqual([...bytes])
  })
})

describe('pushSupport', () => {
  it('says unsupported where the browser has no push (no PushManager: iOS outside the Home Screen)', () => {
    expect(pushSupport()).toBe('unsupported')
  })

  it('says denied once the person blocked notifications, supported otherwise', () => {
    vi.stubGlobal('PushManager', class {})
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    vi.stubGlobal('Notification', { permission: 'denied' })
    expect(pushSupport()).toBe('denied')
    vi.stubGlobal('Notification', { permission: 'default' })
    expect(pushSupport()).toBe('supported')
  })
})
