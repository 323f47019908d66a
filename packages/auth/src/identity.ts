/**
 * Who is signed in, as every identity adapter (Clerk, dev, test) reports it. `userId` is our own
 * users.id, never the provider's id, so the rest of the code never depends on the provider.
 */
export interface Identity {
  userId: string
  email: string
  name: string
  locale: 'fr' | 'en' | null
  platformRole: 'operator' | null
  /**
   * Minutes since this session last verified a second factor; null when it never did. Absent when
   * the adapter cannot tell (the header test identity), which isSecondFactorFresh treats as never.
   */
  secondFactorAgeMinutes?: number | null
}

/** The identity port: null when nobody is signed in or the credentials do not check out. */
export type IdentityResolver = (headers: Headers) => Promise<Identity | null>
