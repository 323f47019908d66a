import type { Tx } from '@portail/db'
import { staffInvitations, users } from '@portail/db/schema'
import { desc, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { invitationColumns } from './invitation-columns'
import { invitationStatus } from './invitation-status'

/** A team's invitations, newest first, with where each stands and who sent it. Never the token. */
export async function listInvitations(tx: Tx, staff: Pick<StaffActor, 'tenantId'>, now: Date = new Date()) {
  const rows = await tx
    .select({ ...invitationColumns, invitedByName: users.name })
    .from(staffInvitations)
    .leftJoin(users, eq(users.id, staffInvitations.invitedByUserId))
    .where(eq(staffInvitations.tenantId, staff.tenantId))
    .orderBy(desc(staffInvitations.createdAt), desc(staffInvitations.id))
    .limit(200)
  return rows.map((row) => ({ ...row, status: invitationStatus(row, now) }))
}
