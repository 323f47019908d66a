import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { recordPortalState } from '../portal/membership-state'
import { clientDetailColumns } from './client-columns'

export type ClientDetail = Awaited<ReturnType<typeof getClient>>

/**
 * One client of the staff member's tenant, with its portal state (the rule the portal itself
 * applies). Another tenant's client is invisible under RLS, so it is NOT_FOUND like an id that
 * never existed: the answer never reveals that it exists elsewhere.
 */
export async function getClient(tx: Tx, ctx: Pick<StaffActor, 'tenantId'>, input: { id: string }) {
  const [client] = await tx
    .select(clientDetailColumns)
    .from(clients)
    .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, input.id)))
  if (!client) throw new DomainError('NOT_FOUND', 'client.notFound', { params: { id: input.id } })
  return { ...client, portal: recordPortalState(client) }
}
