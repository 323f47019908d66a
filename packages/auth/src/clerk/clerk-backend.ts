import { createClerkClient } from '@clerk/backend'
import { isClerkAPIResponseError } from '@clerk/backend/errors'
import {
  type ClerkOrganizationRecord,
  type ClerkUserRecord,
  organizationRecordFromApi,
  userRecordFromApi,
} from './clerk-records'

/** The part of Clerk's Backend API the sync reads. Throws when Clerk is unreachable. */
export interface ClerkBackend {
  /** Null when Clerk has no such user (deleted). */
  getUser(clerkUserId: string): Promise<ClerkUserRecord | null>
  /** Null when Clerk has no such organization (deleted). */
  getOrganization(orgId: string): Promise<ClerkOrganizationRecord | null>
  /** The user's membership of the organization as Clerk holds it now; null when there is none. */
  getMembership(orgId: string, clerkUserId: string): Promise<{ clerkRole: string; updatedAt: Date } | null>
}

export interface ClerkBackendOptions {
  secretKey: string
  /** Clerk's Backend API base (default https://api.clerk.com); tests point it at a local server. */
  apiUrl?: string
}

export type ClerkClient = ReturnType<typeof createClerkClient>

/** A Backend API client with the secret key passed in (never read from process.env by Clerk). */
export function createClerkApiClient(options: ClerkBackendOptions): ClerkClient {
  return createClerkClient({ secretKey: options.secretKey, ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}) })
}

const nullWhenNotFound = async <T>(request: () => Promise<T>): Promise<T | null> => {
  try {
    return await request()
  } catch (error) {
    if (isClerkAPIResponseError(error) && error.status === 404) return null
    throw error
  }
}

export function createClerkBackend(options: ClerkBackendOptions): ClerkBackend {
  const client = createClerkApiClient(options)
  return {
    getUser: async (clerkUserId) => {
      const user = await nullWhenNotFound(() => client.users.getUser(clerkUserId))
      return user ? userRecordFromApi(user) : null
    },
    getOrganization: async (orgId) => {
      const organization = await nullWhenNotFound(() => client.organizations.getOrganization({ organizationId: orgId }))
      return organization ? organizationRecordFromApi(organization) : null
    },
    getMembership: async (orgId, clerkUserId) => {
      const list = await nullWhenNotFound(() =>
        client.organizations.getOrganizationMembershipList({ organizationId: orgId, userId: [clerkUserId], limit: 10 }),
      )
      const membership = list?.data.find((entry) => entry.publicUserData?.userId === clerkUserId)
      return membership ? { clerkRole: membership.role, updatedAt: new Date(membership.updatedAt) } : null
    },
  }
}
