import { deploymentScheme, splitHost } from '../deployment-scheme'

/**
 * Which origins a Clerk session token may name in its `azp` claim on one request. Clerk writes the
 * origin of the page that asked for the token into azp and compares it with this list exactly.
 * Every business has its own subdomain, so a fixed list would need a redeploy per business (or be
 * left too wide); instead the list is the request's own origin, when the request is for the
 * platform site or a portal, plus the configured extra origins. A token minted for tenant A's
 * portal is then refused on tenant B's host: azp binds a session token to the site that asked.
 */
export interface AuthorizedPartiesConfig {
  /** ROOT_DOMAIN: `host[:port]`, e.g. `portail.app` or `localhost:3000`; portals are `{slug}.` under it. */
  rootDomain: string
  /** CLERK_AUTHORIZED_PARTIES: origins accepted on every host (a custom domain, say). */
  extraOrigins?: readonly string[]
}

/**
 * What a host that is not ours gets when no extra origin is configured. Clerk skips the azp check
 * on an empty list, which would accept a token minted for any site, so the list is never empty:
 * this entry is not an origin (a browser page has `scheme://host` or `null`), so no token names it.
 */
export const noAuthorizedParty = 'portail:no-authorized-party'

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const port = /^\d{1,5}$/

/**
 * The origin a browser had when it sent a request to `host` (the Host header), when that host is
 * the root domain itself or a direct subdomain of it (one label: a portal or a platform name);
 * null for any other host. The port is the request's own, as the browser's origin carries it.
 */
export function ownOrigin(host: string | null | undefined, rootDomain: string): string | null {
  if (!host) return null
  const requested = splitHost(host.trim().toLowerCase())
  const root = splitHost(rootDomain.trim().toLowerCase()).hostname
  if (!root || (requested.port !== null && !port.test(requested.port))) return null
  const isOurs =
    requested.hostname === root ||
    (requested.hostname.endsWith(`.${root}`) && label.test(requested.hostname.slice(0, -root.length - 1)))
  if (!isOurs) return null
  const authority = requested.port === null ? requested.hostname : `${requested.hostname}:${requested.port}`
  return `${deploymentScheme(rootDomain)}://${authority}`
}

/**
 * The authorized parties of a request to `host`: its own origin (see ownOrigin) and the extra
 * origins; never empty (see noAuthorizedParty).
 */
export function authorizedPartiesFor(host: string | null | undefined, config: AuthorizedPartiesConfig): string[] {
  const own = ownOrigin(host, config.rootDomain)
  const parties = [...new Set([...(own === null ? [] : [own]), ...(config.extraOrigins ?? [])])]
  return parties.length > 0 ? parties : [noAuthorizedParty]
}
