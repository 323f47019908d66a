import { createHash, randomBytes } from 'node:crypto'
import type { Tx } from '@portail/db'
import { memberships, staffCalendarFeeds } from '@portail/db/schema'
import { and, eq, isNull } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'

/**
 * SHA-256, hex, of a feed token. The token carries 256 random bits, so a plain hash is enough:
 * nothing can be guessed offline and a leaked row is not a usable URL.
 */
export const hashFeedToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex')

/** Feed tokens are 32 random bytes in base64url (43 characters); anything else is not one. */
export const isFeedTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token)

async function ownMembershipId(tx: Tx, staff: StaffActor): Promise<string> {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, staff.tenantId), eq(memberships.userId, staff.userId)))
  if (!member) throw new DomainError('FORBIDDEN', 'auth.notMember')
  return member.id
}

export interface CalendarFeedState {
  /** The feed URL is shown once, when made (only its hash is kept): null afterwards. */
  url: string | null
  active: boolean
  createdAt: string | null
}

/** Whether the signed-in member has a live feed, and since when. */
export async function getCalendarFeed(tx: Tx, staff: StaffActor): Promise<CalendarFeedState> {
  const membershipId = await ownMembershipId(tx, staff)
  const [feed] = await tx
    .select({ createdAt: staffCalendarFeeds.createdAt })
    .from(staffCalendarFeeds)
    .where(
      and(
        eq(staffCalendarFeeds.tenantId, staff.tenantId),
        eq(staffCalendarFeeds.membershipId, membershipId),
        isNull(staffCalendarFeeds.revokedAt),
      ),
    )
  return { url: null, active: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null }
}

async function revokeLive(tx: Tx, staff: StaffActor, membershipId: string): Promise<number> {
  const revoked = await tx
    .update(staffCalendarFeeds)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(staffCalendarFeeds.tenantId, staff.tenantId),
        eq(staffCalendarFeeds.membershipId, membershipId),
        isNull(staffCalendarFeeds.revokedAt),
      ),
    )
    .returning({ id: staffCalendarFeeds.id })
  return revoked.length
}

/**
 * A new secret feed URL for the signed-in member; the previous one stops working at once. The
 * token exists only in the answer: the table keeps its hash.
 */
export async function rotateCalendarFeed(
  tx: Tx,
  staff: StaffActor,
  urlOf: (token: string) => string,
): Promise<{ url: string }> {
  const membershipId = await ownMembershipId(tx, staff)
  await revokeLive(tx, staff, membershipId)
  const token = randomBytes(32).toString('base64url')
  await tx
    .insert(staffCalendarFeeds)
    .values({ tenantId: staff.tenantId, membershipId, tokenHash: hashFeedToken(token) })
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'calendarFeed.rotated',
    entityType: 'membership',
    entityId: membershipId,
    clientId: null,
  })
  return { url: urlOf(token) }
}

/** The signed-in member's feed URL stops working (calendar apps subscribed to it get 404). */
export async function revokeCalendarFeed(tx: Tx, staff: StaffActor): Promise<void> {
  const membershipId = await ownMembershipId(tx, staff)
  if ((await revokeLive(tx, staff, membershipId)) === 0) return
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'calendarFeed.revoked',
    entityType: 'membership',
    entityId: membershipId,
    clientId: null,
  })
}
