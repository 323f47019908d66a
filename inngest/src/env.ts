import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'

type Source = Record<string, string | undefined>

/**
 * Where workflow functions run. `embedded`: no Inngest configured, the engine in the web process
 * drives them (the single-machine default). `cloud`: Inngest Cloud (INNGEST_EVENT_KEY and
 * INNGEST_SIGNING_KEY). `self-hosted`: `inngest start` at INNGEST_BASE_URL (with the keys it was
 * started with).
 */
export type InngestEnv =
  | {
      mode: 'embedded'
      /** INNGEST_SIGNING_KEY if set; otherwise the engine generates one and keeps it in `signingKeyFile`. */
      signingKey: string | undefined
      /** Where a generated key is kept (beside the embedded database); null: a throwaway database, a throwaway key. */
      signingKeyFile: string | null
    }
  | {
      mode: 'cloud' | 'self-hosted'
      eventKey: string
      signingKey: string
      signingKeyFallback: string | undefined
      /** Self-hosted only: the Inngest server's URL (events and API). */
      baseUrl: string | undefined
    }

export class InvalidInngestEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '))
    this.name = 'InvalidInngestEnvError'
  }
}

/** `signkey-<env>-<hex>`: the prefix is stripped before signing, the rest is the HMAC key (hex). */
const signingKeyPattern = /^signkey-\w+-[0-9a-f]{32,}$/i
const blank = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim())
const httpUrl = z.url({ protocol: /^https?$/ })

/**
 * Reads the Inngest configuration, every problem at once, each naming its variable. INNGEST_DEV
 * is refused: development mode turns signature checks off, and the client is always built with
 * `isDev: false` so a build can never serve unsigned calls.
 */
export function readInngestEnv(source: Source = process.env): InngestEnv {
  const problems: string[] = []
  const eventKey = blank(source.INNGEST_EVENT_KEY)
  const signingKey = blank(source.INNGEST_SIGNING_KEY)
  const signingKeyFallback = blank(source.INNGEST_SIGNING_KEY_FALLBACK)
  const baseUrl = blank(source.INNGEST_BASE_URL)
  if (blank(source.INNGEST_DEV) !== undefined) {
    problems.push(
      'INNGEST_DEV: not supported (it turns off the signature check of /api/inngest); leave it unset: ' +
        'without INNGEST_EVENT_KEY the embedded engine runs, with it Inngest Cloud or INNGEST_BASE_URL',
    )
  }
  for (const [name, value] of [
    ['INNGEST_SIGNING_KEY', signingKey],
    ['INNGEST_SIGNING_KEY_FALLBACK', signingKeyFallback],
  ] as const) {
    if (value !== undefined && !signingKeyPattern.test(value)) {
      problems.push(`${name}: must look like signkey-prod-<hex> (copy it from the Inngest dashboard or inngest start)`)
    }
  }
  if (baseUrl !== undefined && !httpUrl.safeParse(baseUrl).success) {
    problems.push('INNGEST_BASE_URL: must be the http(s) URL of a self-hosted Inngest server, like http://inngest:8288')
  }
  const external = eventKey !== undefined || baseUrl !== undefined
  if (external && eventKey === undefined) {
    problems.push('INNGEST_EVENT_KEY: required with INNGEST_BASE_URL (the event key the server was started with)')
  }
  if (external && signingKey === undefined) {
    problems.push(
      'INNGEST_SIGNING_KEY: required with INNGEST_EVENT_KEY or INNGEST_BASE_URL (Inngest signs every call to /api/inngest)',
    )
  }
  if (!external && signingKeyFallback !== undefined) {
    problems.push('INNGEST_SIGNING_KEY_FALLBACK: only with Inngest Cloud or self-hosted (key rotation)')
  }
  if (problems.length > 0) throw new InvalidInngestEnvError(problems)
  if (!external) return { mode: 'embedded', signingKey, signingKeyFile: signingKeyFile(source) }
  if (eventKey === undefined || signingKey === undefined) throw new InvalidInngestEnvError(problems)
  return {
    mode: baseUrl === undefined ? 'cloud' : 'self-hosted',
    eventKey,
    signingKey,
    signingKeyFallback,
    baseUrl,
  }
}

/** `inngest-signing-key` beside the embedded database's folder, as the local files and VAPID keys are. */
function signingKeyFile(source: Source): string | null {
  const pglite = blank(source.PGLITE_DATA_DIR)
  if (pglite === 'memory://') return null
  if (pglite) return join(dirname(resolve(pglite)), 'inngest-signing-key')
  return join(workspaceRoot(), '.data', 'inngest-signing-key')
}

/** The repository root: the nearest folder up from the working directory holding pnpm-workspace.yaml. */
function workspaceRoot(start = process.cwd()): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new InvalidInngestEnvError([`no pnpm-workspace.yaml above ${start}: set INNGEST_SIGNING_KEY`])
    dir = parent
  }
}
