import 'server-only'
import { auth } from '@clerk/nextjs/server'
import type { IdentityResolver } from '@portail/auth'
import { type ClerkEnv } from '@portail/auth/clerk/env'
import {
  type ClerkOrganizationDirectory,
  type ClerkUserLookup,
  createClerkApiClient,
  createClerkBackend,
  createClerkOrganizationDirectory,
  createDatabaseClerkLookup,
  identityFromVerifiedClaims,
} from '@portail/auth/clerk'
import { reservedSubdomains } from '@portail/core/tenants'
import type { Database } from '@portail/db'
import { reservedSlugs } from '@portail/validators'
import { webEnv } from '../env'

// A tenant made from a Clerk organization never gets a slug "start your business" refuses (the
// validators' list: platform words, providers, phishing bait) or one the host parser would not
// route (a portal nobody could reach).
export const isReservedSlug = (slug: string) => reservedSlugs.has(slug) || reservedSubdomains.has(slug)

// One lookup per process and database (it holds the Backend API client), like the database itself.
const slot = Symbol.for('portail.web.clerk-lookup')
type Holder = typeof globalThis & { [slot]?: { database: Database; lookup: ClerkUserLookup } }

function lookupFor(env: ClerkEnv, database: Database): ClerkUserLookup {
  const holder = globalThis as Holder
  const existing = holder[slot]
  if (existing?.database === database) return existing.lookup
  const lookup = createDatabaseClerkLookup({
    database,
    backend: createClerkBackend({ secretKey: env.secretKey, apiUrl: env.apiUrl }),
    operators: env.operators,
    isReservedSlug,
  })
  holder[slot] = { database, lookup }
  return lookup
}

/**
 * The Clerk identity adapter in the web app: clerkMiddleware (proxy.ts) has verified the session
 * token with the instance's public key and our authorized parties; auth() hands its claims over,
 * and the database-backed lookup maps them to our user (provisioning it just in time).
 */
export function clerkIdentity(env: ClerkEnv, database: Database): IdentityResolver {
  const lookup = lookupFor(env, database)
  return async () => {
    const { userId, sessionClaims } = await auth()
    if (!userId) return null
    return identityFromVerifiedClaims(sessionClaims, lookup)
  }
}

/** Businesses started in Portail become Clerk organizations (core's OrganizationDirectory port). */
export function clerkOrganizations(env: ClerkEnv, database: Database): ClerkOrganizationDirectory {
  return createClerkOrganizationDirectory({
    database,
    client: createClerkApiClient({ secretKey: env.secretKey, apiUrl: env.apiUrl }),
  })
}

/**
 * The organization directory both API entrances (/api/trpc and Server Components) hand the
 * context: Clerk's when Clerk is configured, else none (core's embedded directory keeps none).
 */
export function organizationDirectory(database: Database): ClerkOrganizationDirectory | undefined {
  const { clerk } = webEnv()
  return clerk ? clerkOrganizations(clerk, database) : undefined
}
