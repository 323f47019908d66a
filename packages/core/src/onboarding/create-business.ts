import { issueSessionTransfer } from '@portail/auth/session-transfer'
import type { Database } from '@portail/db'
import type { ZCreateBusinessInput } from '@portail/validators'
import type { z } from 'zod'
import { DomainError, isDomainError } from '../errors'
import { checkSlug } from '../tenants/check-slug'
import { createTenant } from '../tenants/create-tenant'
import type { OrganizationDirectory } from '../tenants/organization-directory'
import { setOwnName } from './set-own-name'

export type CreateBusinessData = z.output<typeof ZCreateBusinessInput>

export interface CreateBusinessDeps {
  database: Database
  organizations: OrganizationDirectory
  /** Where a failed compensation is reported (an organization left behind needs a person). */
  onCompensationFailure?: (error: unknown, orgId: string) => void
}

/**
 * "Start your business": the signed-in user creates a business and becomes its owner.
 *
 * Order matters because the identity provider is another system:
 * 1. the slug is checked first, so a taken slug never creates an organization;
 * 2. the provider's organization is created (Clerk; nothing in the embedded default) - if that
 *    fails, nothing was written and the caller gets UNAVAILABLE (`onboarding.directoryFailed`);
 *    the Clerk adapter marks it as started in Portail, so its webhooks (which may be applied before
 *    step 3 commits) never create a tenant of their own for it;
 * 3. one database transaction creates tenant + owner membership + audit entries, with the
 *    organization id; if it fails (a slug taken meanwhile, the database down), the organization
 *    is deleted again (compensation) and the original error propagates. The same transaction
 *    records the founder's name when they gave one (`ownerName`: their name was their email's
 *    local part) and, with no identity provider's organization (the embedded dev sign-in, whose
 *    cookie belongs to the platform's host), a one-time session transfer for the new portal's
 *    host. Under Clerk no transfer is made: Clerk's own session reaches the new subdomain.
 */
export async function createBusiness(
  deps: CreateBusinessDeps,
  user: { userId: string },
  input: CreateBusinessData,
): Promise<{ tenantId: string; slug: string; sessionTransferToken: string | null }> {
  const identity = { actor: 'identity' as const, tenantId: null, userId: user.userId }
  const { availability } = await deps.database.withTenant(identity, (tx) => checkSlug(tx, input.slug))
  if (availability === 'taken') throw new DomainError('CONFLICT', 'onboarding.slugTaken', { field: 'slug' })
  if (availability !== 'available') {
    throw new DomainError(
      'BAD_REQUEST',
      availability === 'reserved' ? 'onboarding.slugReserved' : 'onboarding.slugInvalid',
      {
        field: 'slug',
      },
    )
  }

  const organization = await deps.organizations
    .createOrganization({ name: input.name, slug: input.slug, createdByUserId: user.userId })
    .catch((error: unknown) => {
      // The provider is another system: its outage is "try again", in the reader's language.
      if (isDomainError(error)) throw error
      throw new DomainError('UNAVAILABLE', 'onboarding.directoryFailed', { cause: error })
    })
  try {
    return await deps.database.withTenant(identity, async (tx) => {
      const { tenantId } = await createTenant(tx, {
        slug: input.slug,
        name: input.name,
        trade: input.trade,
        timeZone: input.timeZone,
        defaultLocale: input.defaultLocale,
        clerkOrgId: organization?.orgId ?? null,
        source: 'onboarding',
      })
      if (input.ownerName) await setOwnName(tx, user.userId, input.ownerName)
      const transfer = organization ? null : await issueSessionTransfer(tx, { userId: user.userId, tenantId })
      return { tenantId, slug: input.slug, sessionTransferToken: transfer?.token ?? null }
    })
  } catch (error) {
    if (organization) {
      await deps.organizations.deleteOrganization(organization.orgId).catch((compensationError: unknown) => {
        deps.onCompensationFailure?.(compensationError, organization.orgId)
      })
    }
    throw error
  }
}
