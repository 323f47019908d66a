import type { Tx } from '@portail/db'
import { memberships, staffServices, users } from '@portail/db/schema'
import { asc, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'

export interface BookableMember {
  /** The membership id, as bookings name their staff member. */
  id: string
  displayName: string
  /** Services this member performs (empty: takes no booking from clients, staff may still book them). */
  serviceIds: string[]
}

/** The calendar's columns and filters: every team member, by name, with the services they perform. */
export async function listBookableMembers(tx: Tx, staff: StaffActor): Promise<BookableMember[]> {
  const members = await tx
    .select({ id: memberships.id, displayName: memberships.displayName, userName: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, staff.tenantId))
  const performs = await tx
    .select({ membershipId: staffServices.membershipId, serviceId: staffServices.serviceId })
    .from(staffServices)
    .where(eq(staffServices.tenantId, staff.tenantId))
    .orderBy(asc(staffServices.serviceId))
  return members
    .map((member) => ({
      id: member.id,
      displayName: member.displayName ?? member.userName,
      serviceIds: performs.filter((row) => row.membershipId === member.id).map((row) => row.serviceId),
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id))
}
