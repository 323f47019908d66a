import type { Tx } from '@portail/db'
import { memberships, type StaffNotificationPreferences, type staffNoticeKinds } from '@portail/db/schema'
import type { TUpdateStaffNoticePreferencesInput } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'

export type StaffNoticePreferences = TUpdateStaffNoticePreferencesInput

const own = (ctx: Pick<StaffActor, 'tenantId' | 'userId'>) =>
  and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, ctx.userId))

/** Every notice with both channels, on unless the member turned it off. */
const complete = (stored: StaffNotificationPreferences): StaffNoticePreferences => {
  const entry = (kind: (typeof staffNoticeKinds)[number]) => ({
    email: stored[kind]?.email ?? true,
    push: stored[kind]?.push ?? true,
  })
  return {
    bookingCreated: entry('bookingCreated'),
    bookingCancelled: entry('bookingCancelled'),
    bookingRescheduled: entry('bookingRescheduled'),
    messages: entry('messages'),
  }
}

/** The signed-in member's own notice choices (never a colleague's: the user comes from the session). */
export async function getMyStaffNoticePreferences(
  tx: Tx,
  ctx: Pick<StaffActor, 'tenantId' | 'userId'>,
): Promise<StaffNoticePreferences> {
  const [row] = await tx.select({ preferences: memberships.notificationPreferences }).from(memberships).where(own(ctx))
  if (!row) throw new DomainError('FORBIDDEN', 'auth.notMember')
  return complete(row.preferences)
}

export async function updateMyStaffNoticePreferences(
  tx: Tx,
  ctx: Pick<StaffActor, 'tenantId' | 'userId'>,
  input: TUpdateStaffNoticePreferencesInput,
): Promise<StaffNoticePreferences> {
  const updated = await tx
    .update(memberships)
    .set({ notificationPreferences: input, updatedAt: sql`now()` })
    .where(own(ctx))
    .returning({ preferences: memberships.notificationPreferences })
  const [row] = updated
  if (!row) throw new DomainError('FORBIDDEN', 'auth.notMember')
  return complete(row.preferences)
}
