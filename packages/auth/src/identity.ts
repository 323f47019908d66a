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
}

/** The identity port: null when nobody is signed in or the credentials do not check out. */
export type IdentityResolver = (headers: Headers) => Promise<Identity | null>
