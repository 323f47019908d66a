import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'

/** The VAPID identity our push messages are signed with (RFC 8292). */
export interface VapidConfig {
  /** P-256 public key, 65 bytes in base64url: what a browser subscribes with. */
  publicKey: string
  /** P-256 private key, 32 bytes in base64url. */
  privateKey: string
  /** Who push services contact about our traffic: `mailto:` or an https URL. */
  subject: string
}

export type PushEnv =
  | { source: 'configured'; vapid: VapidConfig }
  /** Development without keys: generated once and kept in `file` (devVapidKeys). */
  | { source: 'development'; file: string; subject: string }
  /** Production without keys: web push is off (the device toggle is hidden). */
  | { source: 'off' }

type Source = Record<string, string | undefined>

const base64urlBytes = (value: string) => (/^[A-Za-z0-9_-]+$/.test(value) ? Buffer.from(value, 'base64url').length : -1)

const subjectSchema = z.union([z.url({ protocol: /^https$/ }), z.string().regex(/^mailto:[^\s@]+@[^\s@]+$/)])

const developmentSubject = 'mailto:dev@portail.local'

/**
 * Reads the web push configuration: VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT together,
 * or none of them. Without them, development generates a pair once and keeps it beside the
 * embedded database (a browser's subscription is tied to the key, so a new key every start would
 * orphan every device), and production turns web push off rather than run on a key nobody chose.
 */
export function readPushEnv(source: Source = process.env): PushEnv {
  const publicKey = source.VAPID_PUBLIC_KEY?.trim() ?? ''
  const privateKey = source.VAPID_PRIVATE_KEY?.trim() ?? ''
  const subject = source.VAPID_SUBJECT?.trim() ?? ''
  if (!publicKey && !privateKey && !subject) {
    if (source.NODE_ENV === 'production') return { source: 'off' }
    return { source: 'development', file: devKeyFile(source), subject: developmentSubject }
  }
  if (!publicKey || !privateKey || !subject) {
    throw new Error(
      'VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT go together: set all three ' +
        '(`npx web-push generate-vapid-keys` makes a pair) or none.',
    )
  }
  if (base64urlBytes(publicKey) !== 65) {
    throw new Error('VAPID_PUBLIC_KEY must be an uncompressed P-256 public key: 65 bytes in base64url.')
  }
  if (base64urlBytes(privateKey) !== 32) {
    throw new Error('VAPID_PRIVATE_KEY must be a P-256 private key: 32 bytes in base64url.')
  }
  if (!subjectSchema.safeParse(subject).success) {
    throw new Error('VAPID_SUBJECT must be a mailto: address or an https URL (e.g. mailto:ops@example.com).')
  }
  return { source: 'configured', vapid: { publicKey, privateKey, subject } }
}

/** `vapid-keys.json` beside the embedded database's folder, as the local files are (storage env). */
function devKeyFile(source: Source): string {
  const pglite = source.PGLITE_DATA_DIR?.trim()
  if (pglite && pglite !== 'memory://') return join(dirname(resolve(pglite)), 'vapid-keys.json')
  return join(workspaceRoot(), '.data', 'vapid-keys.json')
}

/** The repository root: the nearest folder up from the working directory holding pnpm-workspace.yaml. */
function workspaceRoot(start = process.cwd()): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${start}: set the VAPID_* keys.`)
    dir = parent
  }
}
