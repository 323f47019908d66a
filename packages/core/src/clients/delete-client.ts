import { pgErrorCode, pgErrorCodes, type Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'

/**
 * Deletes a client of the staff member's tenant that nothing refers to yet (a mistaken entry, a
 * duplicate). A client with records (consents, later bookings, invoices, messages) is refused with
 * CONFLICT: the database's foreign keys decide, so a table added later is covered without a change
 * here. The audit entry keeps the client's name, because the row it named is gone.
 *
 * This is deletion, not erasure: a client with a history asks for the privacy module's
 * anonymisation, which keeps invoices for their legal retention period (Quebec Law 25).
 */
export async function deleteClient(tx: Tx, ctx: StaffActor, input: { id: string }) {
  let deleted: { id: string; fullName: string }[]
  try {
    deleted = await tx
      .delete(clients)
      .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, input.id)))
      .returning({ id: clients.id, fullName: clients.fullName })
  } catch (error) {
    if (pgErrorCode(error) === pgErrorCodes.foreignKeyViolation) {
      throw new DomainError('CONFLICT', 'client.hasRecords', { params: { id: input.id }, cause: error })
    }
    throw error
  }
  const [client] = deleted
  if (!client) throw new DomainError('NOT_FOUND', 'client.notFound', { params: { id: input.id } })
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: ctx.role,
    action: 'client.deleted',
    entityType: 'client',
    entityId: client.id,
    clientId: client.id,
    details: { fullName: client.fullName },
  })
  return { id: client.id }
}
