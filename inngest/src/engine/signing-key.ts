import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const keyPattern = /^signkey-\w+-[0-9a-f]{32,}$/

/**
 * The embedded engine's signing key when none is configured: generated once and kept in the data
 * folder (owner-only), so every restart signs with the same key without anyone
 * having to set INNGEST_SIGNING_KEY on a single machine.
 */
export function loadOrCreateSigningKey(file: string): string {
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (keyPattern.test(stored)) return stored
    throw new Error(`${file} does not hold a signing key (signkey-<env>-<hex>); delete it to generate a new one`)
  }
  mkdirSync(dirname(file), { recursive: true })
  const key = `signkey-embedded-${randomBytes(32).toString('hex')}`
  try {
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    // Another process created it first: use theirs, so both agree.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSigningKey(file)
    throw error
  }
  chmodSync(file, 0o600)
  return key
}
