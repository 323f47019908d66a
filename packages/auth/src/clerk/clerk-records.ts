import type { Organization, User } from '@clerk/backend'
import { z } from 'zod'

/** What Portail mirrors of a Clerk user (users row `clerk:<id>`). */
export interface ClerkUserRecord {
  clerkUserId: string
  /**
   * The primary email address, only once Clerk has verified it: Portail links client records and
   * accepts invitations by email, so an unproven address is never stored (a placeholder is).
   */
  email: string | null
  name: string
  locale: 'fr' | 'en' | null
  /** Public metadata `role: "operator"` (set from Clerk's dashboard or Backend API only). */
  operator: boolean
  /** Clerk's updated_at: newer data wins, whatever order the events arrive in. */
  updatedAt: Date
}

/** What Portail mirrors of a Clerk organization (tenants row with clerk_org_id). */
export interface ClerkOrganizationRecord {
  orgId: string
  name: string
  slug: string | null
  /** The Clerk user who created it: the business's owner in Portail. */
  createdBy: string | null
  /**
   * Created by Portail's "start your business" (startedInPortailMetadata): its tenant is made by
   * the onboarding transaction only, never by the sync (see ensureOrganizationTenant).
   */
  startedInPortail: boolean
  updatedAt: Date
}

/**
 * Public metadata Portail's onboarding puts on the organizations it creates. Only the Backend API
 * writes public metadata, so no person can mark (or unmark) an organization they create in Clerk.
 */
export const startedInPortailMetadata = { portailStartedBy: 'onboarding' } as const

const isStartedInPortail = (metadata: unknown) =>
  typeof metadata === 'object' &&
  metadata !== null &&
  'portailStartedBy' in metadata &&
  metadata.portailStartedBy === startedInPortailMetadata.portailStartedBy

/** A user named by a membership before its own data arrived: enough to hold the membership. */
export interface ClerkUserStub {
  clerkUserId: string
  name: string | null
}

const localeOf = (value: string | null | undefined): 'fr' | 'en' | null => {
  const language = value?.toLowerCase().split(/[-_]/)[0]
  return language === 'fr' || language === 'en' ? language : null
}

/** "First Last", else the fallback (username), else empty: Clerk may have no name at all. */
function fullName(
  first: string | null | undefined,
  last: string | null | undefined,
  fallback: string | null | undefined,
) {
  const joined = [first, last]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' ')
    .trim()
  if (joined !== '') return joined
  return fallback?.trim() ?? ''
}

const isOperator = (metadata: unknown) =>
  typeof metadata === 'object' && metadata !== null && 'role' in metadata && metadata.role === 'operator'

/** From the Backend API (users.getUser). */
export function userRecordFromApi(user: User): ClerkUserRecord {
  const primary = user.primaryEmailAddress
  const verified = primary?.verification?.status === 'verified'
  return {
    clerkUserId: user.id,
    email: verified && primary ? primary.emailAddress : null,
    name: fullName(user.firstName, user.lastName, user.username),
    locale: localeOf(user.locale),
    operator: isOperator(user.publicMetadata),
    updatedAt: new Date(user.updatedAt),
  }
}

/** From the Backend API (organizations.getOrganization). */
export function organizationRecordFromApi(organization: Organization): ClerkOrganizationRecord {
  return {
    orgId: organization.id,
    name: organization.name,
    slug: organization.slug || null,
    createdBy: organization.createdBy ?? null,
    startedInPortail: isStartedInPortail(organization.publicMetadata),
    updatedAt: new Date(organization.updatedAt),
  }
}

// Webhook payloads are Clerk's JSON (snake_case). Only the fields Portail reads are checked; the
// rest passes through, so Clerk adding a field never breaks the sync.
const millis = z.number().int().nonnegative()

const userJson = z.looseObject({
  id: z.string().min(1),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  username: z.string().nullish(),
  locale: z.string().nullish(),
  primary_email_address_id: z.string().nullish(),
  email_addresses: z
    .array(
      z.looseObject({
        id: z.string(),
        email_address: z.string(),
        verification: z.looseObject({ status: z.string() }).nullish(),
      }),
    )
    .default([]),
  public_metadata: z.unknown().optional(),
  updated_at: millis,
})

const organizationJson = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  slug: z.string().nullish(),
  created_by: z.string().nullish(),
  public_metadata: z.unknown().optional(),
  updated_at: millis,
})

const membershipJson = z.looseObject({
  role: z.string(),
  updated_at: millis,
  organization: organizationJson,
  public_user_data: z.looseObject({
    user_id: z.string().min(1),
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
  }),
})

const deletedJson = z.looseObject({ id: z.string().min(1) })

export function userRecordFromWebhook(data: unknown): ClerkUserRecord | null {
  const parsed = userJson.safeParse(data)
  if (!parsed.success) return null
  const user = parsed.data
  const primary = user.email_addresses.find((address) => address.id === user.primary_email_address_id)
  return {
    clerkUserId: user.id,
    email: primary?.verification?.status === 'verified' ? primary.email_address : null,
    name: fullName(user.first_name, user.last_name, user.username),
    locale: localeOf(user.locale),
    operator: isOperator(user.public_metadata),
    updatedAt: new Date(user.updated_at),
  }
}

const organizationFromJson = (organization: z.infer<typeof organizationJson>): ClerkOrganizationRecord => ({
  orgId: organization.id,
  name: organization.name,
  slug: organization.slug ?? null,
  createdBy: organization.created_by ?? null,
  startedInPortail: isStartedInPortail(organization.public_metadata),
  updatedAt: new Date(organization.updated_at),
})

export function organizationRecordFromWebhook(data: unknown): ClerkOrganizationRecord | null {
  const parsed = organizationJson.safeParse(data)
  return parsed.success ? organizationFromJson(parsed.data) : null
}

export interface ClerkMembershipRecord {
  organization: ClerkOrganizationRecord
  user: ClerkUserStub
  /** Clerk's role name (`org:admin`); mapped to a Portail role by mapClerkOrgRole. */
  clerkRole: string
  updatedAt: Date
}

export function membershipRecordFromWebhook(data: unknown): ClerkMembershipRecord | null {
  const parsed = membershipJson.safeParse(data)
  if (!parsed.success) return null
  const membership = parsed.data
  const person = membership.public_user_data
  return {
    organization: organizationFromJson(membership.organization),
    user: { clerkUserId: person.user_id, name: fullName(person.first_name, person.last_name, null) || null },
    clerkRole: membership.role,
    updatedAt: new Date(membership.updated_at),
  }
}

/** `user.deleted` and `organization.deleted` carry only the id. */
export function deletedIdFromWebhook(data: unknown): string | null {
  const parsed = deletedJson.safeParse(data)
  return parsed.success ? parsed.data.id : null
}
