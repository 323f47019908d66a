import type { Tx } from '@portail/db'
import type { StaffActor } from '../actors/actor-kinds'
import { selectTeam, type TeamMember } from './team-member'

/**
 * Everyone on the business's team with their role and the date they joined, by name. A service
 * business's team is a handful of people, so the list is not paged.
 */
export function listTeam(tx: Tx, ctx: StaffActor): Promise<TeamMember[]> {
  return selectTeam(tx, ctx.tenantId)
}
