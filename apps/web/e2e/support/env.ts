import { join } from 'node:path'

/**
 * Where the end-to-end run's server listens, and how to reach a demo business on it. Tenant hosts
 * are subdomains of localhost: Chromium resolves *.localhost to 127.0.0.1 by itself.
 */

function readPort(raw: string | undefined): number {
  // playwright.config.ts sets it (a free port, or the one given) before any spec is loaded.
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`PORTAIL_E2E_PORT: must be a TCP port (1-65535), got ${raw ?? 'nothing'}`)
  return port
}

export const e2ePort = readPort(process.env.PORTAIL_E2E_PORT)

export const rootUrl = `http://localhost:${e2ePort}`

export const tenantUrl = (slug: string, path = '/') => `http://${slug}.localhost:${e2ePort}${path}`

/** The run's temporary folder (created by playwright.config.ts), for the teardown. */
export const e2eDataDir = (): string | undefined => process.env.PORTAIL_E2E_DATA_DIR

function runFolder(name: string): string {
  const dir = e2eDataDir()
  if (!dir) throw new Error('PORTAIL_E2E_DATA_DIR: set by playwright.config.ts; run the specs through it')
  return join(dir, name)
}

/** Where the server writes each mail it sends (MAIL_FILES_DIR): the specs read codes and links there. */
export const e2eMailDir = (): string => runFolder('mail')

/** Where the setup project keeps each demo account's signed-in browser state. */
export const e2eSessionsDir = (): string => runFolder('sessions')
