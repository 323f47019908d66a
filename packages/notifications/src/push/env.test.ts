import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import webpush from 'web-push'
import { afterEach, describe, expect, it } from 'vitest'
import { devVapidKeys, vapidFromEnv } from './dev-vapid-keys'
import { readPushEnv } from './env'

const folders: string[] = []
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vapid-'))
  folders.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('readPushEnv', () => {
  const keys = webpush.generateVAPIDKeys()
  const configured = {
    VAPID_PUBLIC_KEY: keys.publicKey,
    VAPID_PRIVATE_KEY: keys.privateKey,
    VAPID_SUBJECT: 'mailto:ops@x.example',
  }

  it('takes the three VAPID variables together', () => {
    expect(readPushEnv(configured)).toEqual({
      source: 'configured',
      vapid: { publicKey: keys.publicKey, privateKey: keys.privateKey, subject: 'mailto:ops@x.example' },
    })
  })

  it('refuses half a configuration and malformed keys or subject, naming the variable', () => {
    expect(() => readPushEnv({ VAPID_PUBLIC_KEY: keys.publicKey })).toThrow(/go together/)
    expect(() => readPushEnv({ ...configured, VAPID_PUBLIC_KEY: keys.privateKey })).toThrow(/VAPID_PUBLIC_KEY/)
    expect(() => readPushEnv({ ...configured, VAPID_PRIVATE_KEY: 'not+base64url' })).toThrow(/VAPID_PRIVATE_KEY/)
    expect(() => readPushEnv({ ...configured, VAPID_SUBJECT: 'http://x.example' })).toThrow(/VAPID_SUBJECT/)
  })

  it('turns web push off in production without keys, and keeps a development pair beside the data otherwise', () => {
    expect(readPushEnv({ NODE_ENV: 'production' })).toEqual({ source: 'off' })
    expect(readPushEnv({ PGLITE_DATA_DIR: '/srv/portail/.data/pglite' })).toMatchObject({
      source: 'development',
      file: '/srv/portail/.data/vapid-keys.json',
    })
  })
})

describe('devVapidKeys', () => {
  it('generates a pair once, owner-readable, and gives the same pair on every later start', () => {
    const file = join(folder(), 'data', 'vapid-keys.json')
    const first = devVapidKeys(file, 'mailto:dev@portail.local')
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(devVapidKeys(file, 'mailto:dev@portail.local')).toEqual(first)
    expect(vapidFromEnv({ source: 'development', file, subject: 'mailto:dev@portail.local' })).toEqual(first)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ publicKey: first.publicKey, privateKey: first.privateKey })
  })

  it('never replaces a file that is not a key pair', () => {
    const file = join(folder(), 'vapid-keys.json')
    writeFileSync(file, '{"something": "else"}')
    expect(() => devVapidKeys(file, 'mailto:dev@portail.local')).toThrow(/is not a VAPID key pair/)
  })

  it('gives no key when web push is off', () => {
    expect(vapidFromEnv({ source: 'off' })).toBeNull()
  })
})
