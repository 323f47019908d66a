import type { ActorContext } from '@portail/db'
import type { StaffActor } from '../actors/actor-kinds'
import type { Issuer } from './issue-draft'

export const staffContext = (ctx: StaffActor): ActorContext => ({
  actor: 'staff',
  tenantId: ctx.tenantId,
  userId: ctx.userId,
})
export const systemContext = (tenantId: string): ActorContext => ({ actor: 'system', tenantId })
export const staffIssuer = (ctx: StaffActor): Issuer => ({ tenantId: ctx.tenantId, userId: ctx.userId, role: ctx.role })
export const systemIssuer = (tenantId: string): Issuer => ({ tenantId, userId: null, role: 'system' })
