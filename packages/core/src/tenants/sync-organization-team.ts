import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { loggerFor } from '@portail/logger'
import { eq } from 'drizzle-orm'
import type { AddOrganizationMemberInput, OrganizationDirectory } from './organization-directory'

/** A team change to mirror on the business's identity provider organization once ours is committed. */
export type OrganizationTeamChange =
  | { action: 'addMember' | 'updateMemberRole'; input: AddOrganizationMemberInput }
  | { action: 'removeMember'; input: { orgId: string; userId: string } }

/**
 * What became of the mirror: `none` (the business has no organization: the embedded default),
 * `done`, or `failed` (the provider refused or did not answer in time, every attempt).
 */
export type OrganizationSync = 'none' | 'done' | 'failed'

const log = loggerFor('organization-sync')

export interface OrganizationSyncPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** Each try waits at most this long for the provider (AbortSignal.timeout). */
  timeoutMs: number
  /** Wait before the 2nd try; doubled before each next one. */
  backoffMs: number
  /** Told of a change that could not be mirrored (ids only: no name or address). */
  onFailure: (failure: { change: OrganizationTeamChange; error: unknown }) => void
}

/**
 * 3 tries of at most 3 s, 0.25 s then 0.5 s apart: the person who clicked waits under 10 s in the
 * worst case, while a provider blip of a second or two is ridden out.
 */
export const defaultOrganizationSyncPolicy: OrganizationSyncPolicy = {
  attempts: 3,
  timeoutMs: 3000,
  backoffMs: 250,
  onFailure: ({ change, error }) =>
    log.error(
      { err: error, action: change.action, orgId: change.input.orgId, userId: change.input.userId },
      'team change saved but not mirrored on the identity provider organization: replay it there',
    ),
}

/** Inside the change's transaction: the business's organization, or null when it has none. */
export async function organizationOf(tx: Tx, tenantId: string): Promise<string | null> {
  const [tenant] = await tx.select({ orgId: tenants.clerkOrgId }).from(tenants).where(eq(tenants.id, tenantId))
  return tenant?.orgId ?? null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The provider's call, given up (rejected with a TimeoutError) once `signal` fires. */
function withinSignal<T>(call: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('timed out'))
    if (signal.aborted) abort()
    signal.addEventListener('abort', abort, { once: true })
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

const apply = (directory: OrganizationDirectory, change: OrganizationTeamChange) =>
  change.action === 'removeMember'
    ? directory.removeMember(change.input)
    : change.action === 'addMember'
      ? directory.addMember(change.input)
      : directory.updateMemberRole(change.input)

/**
 * Mirrors a committed team change (accepted invitation, role change, removal) on the business's
 * organization. Called AFTER the commit, never inside the transaction: a provider call under the
 * team lock (FOR UPDATE) would hold the lock, and a connection, for as long as the provider takes.
 *
 * Each try is bounded by AbortSignal.timeout and the tries are bounded; the provider's calls are
 * idempotent (add: already a member is fine; remove: already gone is fine), so a try that was given
 * up but still lands does no harm.
 *
 * When the provider is down (every try failed): the change stands in Portail, which is what grants
 * access to Portail, so the team page, the person's access and the audit log show it at once. The
 * person who made it is told `organizationSync: 'failed'` (the change is saved; the provider's
 * organization will show it once an operator replays it, from the logged ids); the provider's
 * organization stays behind until then. A removal not mirrored can come back: the provider still
 * lists the membership, and its next membership webhook or a just-in-time check could restore it.
 * The workflow outbox (to come) will replace these tries with a durable retry.
 */
export async function syncOrganizationTeam(
  change: OrganizationTeamChange | null,
  directory: OrganizationDirectory,
  policy: OrganizationSyncPolicy = defaultOrganizationSyncPolicy,
): Promise<OrganizationSync> {
  if (!change) return 'none'
  let lastError: unknown = null
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (attempt > 0) await sleep(policy.backoffMs * 2 ** (attempt - 1))
    try {
      await withinSignal(apply(directory, change), AbortSignal.timeout(policy.timeoutMs))
      return 'done'
    } catch (error) {
      lastError = error
    }
  }
  policy.onFailure({ change, error: lastError })
  return 'failed'
}
