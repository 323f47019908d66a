/**
 * How the proxy's routing decision reaches the page tree. The proxy (src/proxy.ts) decides from
 * the Host which tree serves a page and says so in these request headers; the rewrites below,
 * which Next applies right after the proxy, turn that into the internal path.
 *
 * Why not `NextResponse.rewrite()` from the proxy: Next renames 127.0.0.1 and [::1] to localhost
 * in the proxy's URLs but not in the URL of the request it compares a rewrite with, so a server
 * started with `next start -H 127.0.0.1` took every portal's rewrite for one to another origin and
 * answered "not found"; and it sends the internal path to every browser in `x-middleware-rewrite`.
 * A rewrite from the configuration is relative and internal whatever the bind address, and adds
 * no response header.
 *
 * The proxy deletes both headers from every request before deciding, so a caller cannot choose a
 * tree by sending them; the sources only match locale paths, all of which the proxy sees (its
 * matcher skips build assets only).
 */
export const portalHeader = 'x-portail-portal'
/** '1': the sign-in page is Clerk's (server/clerk-pages.ts), served from `clerk-sign-in`. */
export const clerkSignInHeader = 'x-portail-clerk-sign-in'

// Spelled out rather than imported: next.config.ts loads this file before any bundling, where the
// workspace packages' TypeScript is not at hand. host-routing-rewrites.test.ts holds it to `locales`.
export const localePattern = 'fr|en'
const localePath = `/:locale(${localePattern})`
// Only a slug the proxy has already parsed from the Host reaches this header.
const slugCapture = '(?<portal>[a-z0-9-]+)'

interface Rewrite {
  source: string
  destination: string
  has?: { type: 'header'; key: string; value?: string }[]
  missing?: { type: 'header'; key: string; value?: string }[]
}

/**
 * First match wins: Clerk's sign-in page on the platform site, then any portal page. A portal's
 * Clerk sign-in page is rewritten by the proxy itself (a rule here for it answered 404 under
 * clerkMiddleware: see src/proxy.ts).
 */
export const hostRoutingRewrites: Rewrite[] = [
  {
    source: `${localePath}/sign-in`,
    has: [{ type: 'header', key: clerkSignInHeader, value: '1' }],
    missing: [{ type: 'header', key: portalHeader }],
    destination: '/:locale/clerk-sign-in',
  },
  {
    source: `${localePath}/:path*`,
    has: [{ type: 'header', key: portalHeader, value: slugCapture }],
    destination: '/:locale/t/:portal/:path*',
  },
]
