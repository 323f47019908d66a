import { deploymentScheme } from '@portail/auth'

/**
 * Where the booking messages link to: each business's portal at `{proto}://{slug}.{ROOT_DOMAIN}`,
 * the same root domain the web app serves (and the same default), https except on localhost.
 */
export function readBookingLinksEnv(source: Record<string, string | undefined> = process.env): { rootDomain: string } {
  const rootDomain = source.ROOT_DOMAIN?.trim() ?? ''
  return { rootDomain: rootDomain === '' ? 'localhost:3000' : rootDomain }
}

export const portalOriginFor =
  (rootDomain: string) =>
  (slug: string): string =>
    `${deploymentScheme(rootDomain)}://${slug}.${rootDomain}`
