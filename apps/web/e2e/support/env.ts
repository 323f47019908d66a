/**
 * Where the end-to-end run's server listens, and how to reach a demo business on it. Tenant hosts
 * are subdomains of localhost: Chromium resolves *.localhost to 127.0.0.1 by itself.
 */
export const e2ePort = Number(process.env.PORTAIL_E2E_PORT ?? 3107)

export const rootUrl = `http://localhost:${e2ePort}`

export const tenantUrl = (slug: string, path = '/') => `http://${slug}.localhost:${e2ePort}${path}`

/** The run's temporary folder (created by playwright.config.ts), for the teardown. */
export const e2eDataDir = (): string | undefined => process.env.PORTAIL_E2E_DATA_DIR
