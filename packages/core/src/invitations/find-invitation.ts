import type { Tx } from '@portail/db'
import { staffInvitations } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import { invitationColumns } from './invitation-columns'

const notFound = () => new DomainError('NOT_FOUND', 'invitation.notFound')

/** One invitation of the tenant by id, locked for the change that follows; NOT_FOUND otherwise. */
export async function invitationById(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select(invitationColumns)
    .from(staffInvitations)
    .where(and(eq(staffInvitations.tenantId, tenantId), eq(staffInvitations.id, id)))
    .for('update')
  if (!row) throw notFound()
  return row
}

/** One invitation of the tenant by its link token's hash, locked; NOT_FOUND otherwise. */
export async function invitationByTokenHash(tx: Tx, tenantId: string, tokenHash: string, lock: boolean) {
  const query = tx
    .select(invitationColumns)
    .from(staffInvitations)
    .where(and(eq(staffInvitations.tenantId, tenantId), eq(staffInvitations.tokenHash, tokenHash)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw notFound()
  return row
}
