import type { Database, Tx } from '@portail/db'
import { memberships, tenants } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import type { OrganizationDirectory } from './organization-directory'

/**
 * What becomes of a team change at the identity provider: `none` (the business has no
 * organization: the embedded default), or `queued` (the team-sync workflow mirrors it after the
 * commit, retrying with backoff while the provider is down; the person who made the change never
 * waits for the provider).
 */
export type OrganizationSync = 'none' | 'queued'

/** What changed in the team, as `team/member-changed` says it. */
export type TeamChange = 'added' | 'roleChanged' | 'removed'

/** Inside the change's transaction: the business's organization, or null when it has none. */
export async function organizationOf(tx: Tx, tenantId: string): Promise<string | null> {
  const [tenant] = await tx.select({ orgId: tenants.clerkOrgId }).from(tenants).where(eq(tenants.id, tenantId))
  return tenant?.orgId ?? null
}

/**
 * Inside the team change's transaction: when the business has an identity provider organization,
 * writes `team/member-changed` to the outbox, so the organization is brought in line if and only if
 * the change commits, by a workflow with retries (mirrorTeamMember), never by a network call under
 * the team lock. Run the transaction through `nudgeOutboxAfter` so it starts within a second.
 */
export async function announceTeamChange(
  tx: Tx,
  tenantId: string,
  userId: string,
  change: TeamChange,
): Promise<OrganizationSync> {
  if (!(await organizationOf(tx, tenantId))) return 'none'
  await sendEvent(tx, tenantId, { name: 'team/member-changed', payload: { userId, change } })
  return 'queued'
}

/** What mirrorTeamMember asked of the provider. */
export type TeamMirror = 'none' | 'added' | 'updated' | 'removed'

/** One provider call is given up after this long (the workflow step fails and is retried). */
export const organizationCallTimeoutMs = 10_000

/** The provider's call, given up (rejected with a TimeoutError) once `signal` fires. */
function withinSignal<T>(call: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('timed out'))
    if (signal.aborted) abort()
    signal.addEventListener('abort', abort, { once: true })
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/**
 * Brings the business's organization in line with the member as the team is NOW (read again as
 * the tenant's system actor), not as the event said: a member still on the team gets their
 * current role there (added if missing), one no longer on it is taken off. So a retry, a late or
 * a duplicated event, or two changes mirrored out of order all leave the organization matching
 * the team. The provider's calls are idempotent; each is bounded by `timeoutMs` and throws on
 * failure, for the workflow to retry.
 */
export async function mirrorTeamMember(
  database: Database,
  input: { tenantId: string; userId: string; change: TeamChange },
  directory: OrganizationDirectory,
  options: { timeoutMs?: number } = {},
): Promise<TeamMirror> {
  const { tenantId, userId } = input
  const { orgId, role } = await database.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
    return { orgId: await organizationOf(tx, tenantId), role: member?.role ?? null }
  })
  if (!orgId) return 'none'
  const bounded = <T>(call: Promise<T>) =>
    withinSignal(call, AbortSignal.timeout(options.timeoutMs ?? organizationCallTimeoutMs))
  if (!role) {
    await bounded(directory.removeMember({ orgId, userId }))
    return 'removed'
  }
  if (input.change === 'added') {
    await bounded(directory.addMember({ orgId, userId, role }))
    return 'added'
  }
  await bounded(directory.updateMemberRole({ orgId, userId, role }))
  return 'updated'
}
