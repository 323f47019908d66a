import type { Tx } from '@portail/db'
import { auditLog, consentRecords } from '@portail/db/schema'
import { and, desc, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { getClient } from './get-client'

/** One entry of a client's record history as staff see it: what happened, when, by which side. */
export interface ClientHistoryEntry {
  id: string
  action: string
  at: Date
  /** The role of whoever acted: owner, admin, staff, client, or a system actor. */
  actorRole: string
  /** Names of the fields a change touched, never their values. */
  fields: string[]
}

export interface ClientHistory {
  /** What the client agreed to (Law 25 evidence), newest first. */
  consents: { kind: string; version: string; acceptedAt: Date }[]
  /** The latest audit entries about this client, newest first. */
  entries: ClientHistoryEntry[]
}

const fieldNames = (data: Record<string, unknown>): string[] =>
  Array.isArray(data.fields) ? data.fields.filter((field): field is string => typeof field === 'string') : []

/**
 * A client's consent records and the latest entries of the audit log about it, for the staff
 * client page (audit.read). Another business's client is NOT_FOUND, like an unknown id.
 */
export async function getClientHistory(
  tx: Tx,
  ctx: Pick<StaffActor, 'tenantId'>,
  input: { id: string; limit?: number },
): Promise<ClientHistory> {
  await getClient(tx, ctx, { id: input.id })
  const consents = await tx
    .select({ kind: consentRecords.kind, version: consentRecords.version, acceptedAt: consentRecords.acceptedAt })
    .from(consentRecords)
    .where(and(eq(consentRecords.tenantId, ctx.tenantId), eq(consentRecords.clientId, input.id)))
    .orderBy(desc(consentRecords.acceptedAt))
  const rows = await tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      at: auditLog.createdAt,
      actorRole: auditLog.actorRole,
      data: auditLog.data,
    })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, ctx.tenantId), eq(auditLog.clientId, input.id)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit ?? 50)
  return {
    consents,
    entries: rows.map(({ data, ...row }) => ({ ...row, fields: fieldNames(data) })),
  }
}
