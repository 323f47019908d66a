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
   * The organization the provider says this session is acting in (Clerk's active organization:
   * its id, the role mapped to Portail's, Clerk's permission strings); null when none is active,
   * absent when the adapter has no organizations (dev, header test identity). Informative: what
   * a person may do in a tenant comes from our memberships row, which webhooks keep in step.
   */
  organization?: { id: string; role: 'owner' | 'admin' | 'staff' | null; permissions: string[] } | null
  /**
   * True when the provider has proven that this person controls `email` (the dev adapter's emailed
   * code does; under Clerk, the primary address's verification). Absent means not proven: an
   * invitation is accepted, and an existing client record linked, only on a proven email.
   */
  emailVerified?: boolean
  /**
   * Minutes since this session last verified a second factor; null when it never did. Absent when
   * the adapter cannot tell (the header test identity), which isSecondFactorFresh treats as never.
   */
  secondFactorAgeMinutes?: number | null
}

/** The identity port: null when nobody is signed in or the credentials do not check out. */
export type IdentityResolver = (headers: Headers) => Promise<Identity | null>
