import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { eq } from 'drizzle-orm'
import { DomainError, isDomainError } from '../errors'
import type { OrganizationDirectory } from './organization-directory'

/**
 * Mirrors a team change on the business's identity provider organization, when it has one. Called
 * last inside the change's transaction: a provider failure becomes `team.directoryFailed` and rolls
 * the change back, so our team and the provider's never disagree because of a refusal (see
 * organization-directory.ts for the commit-after-success case).
 */
export async function syncOrganizationTeam(
  tx: Tx,
  tenantId: string,
  change: (directory: OrganizationDirectory, orgId: string) => Promise<void>,
  directory: OrganizationDirectory,
): Promise<void> {
  const [tenant] = await tx.select({ orgId: tenants.clerkOrgId }).from(tenants).where(eq(tenants.id, tenantId))
  if (!tenant?.orgId) return
  try {
    await change(directory, tenant.orgId)
  } catch (error) {
    if (isDomainError(error)) throw error
    throw new DomainError('UNAVAILABLE', 'team.directoryFailed', { cause: error })
  }
}
