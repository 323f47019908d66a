import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'

/** What a client sees of its own record (no internal ids beyond its own, no archive state). */
export const myProfileColumns = {
  id: clients.id,
  fullName: clients.fullName,
  email: clients.email,
  phone: clients.phone,
  serviceAddress: clients.serviceAddress,
  locale: clients.locale,
  communicationPreferences: clients.communicationPreferences,
}

export type MyProfile = Awaited<ReturnType<typeof getMyProfile>>

export async function getMyProfile(tx: Tx, ctx: Pick<ClientActor, 'tenantId' | 'clientId'>) {
  const [profile] = await tx
    .select(myProfileColumns)
    .from(clients)
    .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, ctx.clientId)))
  if (!profile) throw new DomainError('NOT_FOUND', 'client.notFound')
  return profile
}
