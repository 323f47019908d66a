import type { Locale } from '@portail/i18n'
import type { WebEnv } from '../env'

/**
 * How people sign in on this deployment: Clerk's own component when Clerk is configured (the dev
 * endpoints are off then), else the dev adapter's emailed-code form.
 */
export type SignInMethod = { kind: 'clerk'; clerk: ClerkPageSettings } | { kind: 'dev' }

/** What a page needs to mount Clerk's components: the runtime key, never one inlined by the build. */
export interface ClerkPageSettings {
  publishableKey: string
}

export function signInMethod(env: Pick<WebEnv, 'clerk'>): SignInMethod {
  return env.clerk ? { kind: 'clerk', clerk: { publishableKey: env.clerk.publishableKey } } : { kind: 'dev' }
}

/**
 * Where Clerk's sign-in sends the reader: back to `returnTo` (already checked to be a page of this
 * site) after signing in or signing up, whatever Clerk's dashboard or a query parameter says.
 * Hash routing keeps the component's steps on this one page (`#/factor-one`), so the sign-in
 * route needs no catch-all and a portal's rewrite to /t/{slug} does not matter.
 */
export function clerkSignInOptions(returnTo: string) {
  return {
    routing: 'hash',
    withSignUp: true,
    forceRedirectUrl: returnTo,
    signUpForceRedirectUrl: returnTo,
  } as const
}

/** The ClerkProvider settings of a page: this site's sign-in page, and the home after sign-out. */
export function clerkProviderOptions(locale: Locale) {
  return { signInUrl: `/${locale}/sign-in`, signUpUrl: `/${locale}/sign-in`, afterSignOutUrl: `/${locale}` }
}
