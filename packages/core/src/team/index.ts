export { changeMemberRole } from './change-member-role'
export { listTeam } from './list-team'
export { removeMember } from './remove-member'
export type { TeamMember } from './team-member'
