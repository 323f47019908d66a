import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import webpush from 'web-push'
import type { PushEnv, VapidConfig } from './env'

interface StoredKeys {
  publicKey: string
  privateKey: string
}

const isStoredKeys = (value: unknown): value is StoredKeys =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).publicKey === 'string' &&
  typeof (value as Record<string, unknown>).privateKey === 'string'

/**
 * The development VAPID pair: read from `file`, or generated (offline) and written there on first
 * use, readable by its owner only, like the demo's other generated secrets. A file that exists but
 * is not a key pair is an error, never silently replaced (that would orphan every subscribed device).
 */
export function devVapidKeys(file: string, subject: string): VapidConfig {
  const stored = readStoredKeys(file)
  if (stored) return { ...stored, subject }
  const keys = webpush.generateVAPIDKeys()
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  try {
    // 'wx': two processes starting at once must not each write a pair; the second reads the first's.
    writeFileSync(file, `${JSON.stringify({ publicKey: keys.publicKey, privateKey: keys.privateKey })}\n`, {
      mode: 0o600,
      flag: 'wx',
    })
  } catch (error) {
    const first = (error as NodeJS.ErrnoException).code === 'EEXIST' ? readStoredKeys(file) : null
    if (!first) throw error
    return { ...first, subject }
  }
  return { publicKey: keys.publicKey, privateKey: keys.privateKey, subject }
}

function readStoredKeys(file: string): StoredKeys | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const parsed: unknown = JSON.parse(text)
  if (!isStoredKeys(parsed)) throw new Error(`${file} is not a VAPID key pair; delete it to make a new one.`)
  return { publicKey: parsed.publicKey, privateKey: parsed.privateKey }
}

/** The VAPID identity this configuration gives, or null when web push is off. */
export function vapidFromEnv(env: PushEnv): VapidConfig | null {
  if (env.source === 'configured') return env.vapid
  if (env.source === 'development') return devVapidKeys(env.file, env.subject)
  return null
}
