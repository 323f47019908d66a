import type { Tx } from '@portail/db'
import { auditLog, bookings } from '@portail/db/schema'
import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { ClientActor } from '../actors/actor-kinds'
import { decodeCursor, type Page, toPage } from '../cursor'

export interface ListMyActivityParams {
  cursor?: string | undefined
  limit: number
}

/** One line of a client's activity feed: what happened to its record, when, and whether it did it. */
export interface ActivityEntry {
  id: string
  /** `<entity>.<past-tense verb>` as written in the audit log, e.g. client.profile_updated. */
  action: string
  at: Date
  /** The client did it itself (joined, edited its profile); otherwise the business did. */
  byYou: boolean
  /** Names of the fields a change touched, never their values. */
  fields: string[]
  /** For an entry about one appointment: the service as booked, and its time after this change. */
  appointment: ActivityAppointment | null
}

export interface ActivityAppointment {
  serviceNameFr: string
  serviceNameEn: string
  /** When it starts (for a move, the new time); null when the entry did not record it. */
  start: Date | null
}

// The timestamp travels as Postgres wrote it: a JS Date keeps milliseconds and would skip or
// repeat entries written within the same millisecond.
const cursorSchema = z.tuple([z.string().min(1).max(64), z.uuid()])

const fieldNames = (data: Record<string, unknown>): string[] =>
  Array.isArray(data.fields) ? data.fields.filter((field): field is string => typeof field === 'string') : []

// A move records `from` and `to`; every other booking entry its `start`.
const appointmentStart = (data: Record<string, unknown>): Date | null => {
  const value = typeof data.to === 'string' ? data.to : typeof data.start === 'string' ? data.start : null
  const at = value === null ? null : new Date(value)
  return at && !Number.isNaN(at.getTime()) ? at : null
}

/**
 * The client's own entries of the audit log, newest first (keyset on created_at, id, served by
 * audit_log_tenant_client_idx). The database already shows a client only entries about itself;
 * the filter says so again. Who else acted, their reason and the entry's other details stay out:
 * a staff member's name or note is the business's, not the client's. An entry about an appointment
 * carries the service's name as booked (from the client's own booking, under RLS) and its time.
 */
export async function listMyActivity(
  tx: Tx,
  ctx: Pick<ClientActor, 'tenantId' | 'clientId' | 'userId'>,
  input: ListMyActivityParams,
): Promise<Page<ActivityEntry>> {
  const filters: SQL[] = [eq(auditLog.tenantId, ctx.tenantId), eq(auditLog.clientId, ctx.clientId)]
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, cursorSchema)
    filters.push(sql`(${auditLog.createdAt}, ${auditLog.id}) < (${at}::timestamptz, ${id}::uuid)`)
  }
  const rows = await tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      at: auditLog.createdAt,
      position: sql<string>`${auditLog.createdAt}::text`,
      actorUserId: auditLog.actorUserId,
      actorRole: auditLog.actorRole,
      data: auditLog.data,
      serviceNameFr: sql<string | null>`${bookings.snapshot}->'service'->>'nameFr'`,
      serviceNameEn: sql<string | null>`${bookings.snapshot}->'service'->>'nameEn'`,
    })
    .from(auditLog)
    .leftJoin(
      bookings,
      and(
        eq(auditLog.entityType, 'booking'),
        eq(bookings.tenantId, auditLog.tenantId),
        eq(bookings.id, auditLog.entityId),
        eq(bookings.clientId, ctx.clientId),
      ),
    )
    .where(and(...filters))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit + 1)
  const page = toPage(rows, input.limit, (row) => [row.position, row.id])
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      action: row.action,
      at: row.at,
      byYou: row.actorRole === 'client' && row.actorUserId === ctx.userId,
      fields: fieldNames(row.data),
      appointment:
        row.serviceNameFr !== null && row.serviceNameEn !== null
          ? { serviceNameFr: row.serviceNameFr, serviceNameEn: row.serviceNameEn, start: appointmentStart(row.data) }
          : null,
    })),
  }
}
