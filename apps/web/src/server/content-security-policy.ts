import { deploymentScheme } from '@portail/auth'

/** 128 random bits, base64: unguessable, and valid inside a CSP `'nonce-…'` source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/** Cloudflare Turnstile, Clerk's bot protection on sign-up and sign-in: its script and its iframe. */
const turnstileOrigin = 'https://challenges.cloudflare.com'
/** Where Clerk serves user and organization images. */
const clerkImagesOrigin = 'https://img.clerk.com'

export interface PolicyOptions {
  dev: boolean
  /**
   * The Clerk instance's Frontend API origin (`https://clerk.example.com`, from the publishable key)
   * when Clerk is configured; null keeps the policy free of any Clerk source.
   */
  clerkFrontendApi?: string | null
  /**
   * Where a payment or onboarding form may lead: Stripe's hosted Checkout and Connect onboarding
   * (`stripe`), or the simulator's hosted pages on the platform origin (`simulated`). Null or
   * absent: forms post to this origin only.
   */
  payments?: { mode: 'stripe' } | { mode: 'simulated'; hostedOrigin: string } | null
}

/**
 * Stripe's hosted pages. A form posted to us that answers with a redirect there is checked
 * against form-action (Chrome blocks the redirect otherwise); Checkout and onboarding run on
 * Stripe's own pages, so no script, frame or connect source is needed, and the way back is
 * Stripe's navigation, which our policy does not govern.
 */
export const stripeHostedOrigins = ['https://checkout.stripe.com', 'https://connect.stripe.com'] as const

/** The payments part of the policy for this deployment's configuration. */
export function paymentsPolicy(env: {
  rootDomain: string
  payments: { mode: 'stripe' | 'simulated' | 'off' }
}): PolicyOptions['payments'] {
  if (env.payments.mode === 'stripe') return { mode: 'stripe' }
  if (env.payments.mode === 'simulated')
    return { mode: 'simulated', hostedOrigin: `${deploymentScheme(env.rootDomain)}://${env.rootDomain}` }
  return null
}

function formActions(payments: PolicyOptions['payments']): string {
  if (!payments) return "form-action 'self'"
  if (payments.mode === 'stripe') return `form-action 'self' ${stripeHostedOrigins.join(' ')}`
  return `form-action 'self' ${payments.hostedOrigin}`
}

/**
 * The policy of every response. Scripts run only with this request's nonce ('strict-dynamic' lets
 * Next's nonced loader pull in its chunks, and makes CSP3 browsers ignore 'self'). Styles keep
 * 'unsafe-inline': React and Next write `style` attributes, which nonces cannot cover, and a style
 * cannot run code, so the scripts policy is what stops XSS. Dev adds 'unsafe-eval', which React
 * uses in development only to rebuild server error stacks.
 *
 * Under Clerk, the sources Clerk's CSP guide lists for its components, and no others: its Frontend
 * API (clerk-js is loaded from there with our nonce, and called with fetch), Turnstile's script and
 * challenge frame, Clerk's image host, and workers from blob: (clerk-js runs its session timer in
 * one). The new connect, frame and worker directives keep 'self', which default-src gave them. The host sources in script-src only matter to browsers without 'strict-dynamic'; the
 * nonce is what lets clerk-js run. Clerk Protect's hosts (*.protect.clerk.com) are not allowed:
 * that product is off unless enabled in the Clerk dashboard, and its wildcard ports would open
 * connect-src wide. Every response gets the same policy (not just sign-in): a client-side
 * navigation to sign-in keeps the policy of the page it started from.
 */
export function contentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  const clerk = options.clerkFrontendApi ?? null
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}${clerk ? ` ${clerk} ${turnstileOrigin}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https:${clerk ? ` ${clerkImagesOrigin}` : ''}`,
    "font-src 'self'",
    ...(clerk ? [`connect-src 'self' ${clerk}`, `frame-src 'self' ${turnstileOrigin}`] : []),
    // The portal's service worker (/api/serwist/sw.js): without this, workers fall back to
    // script-src, whose 'strict-dynamic' ignores 'self' and whose nonce a worker cannot carry.
    `worker-src 'self'${clerk ? ' blob:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    formActions(options.payments),
  ]
  return directives.join('; ')
}
