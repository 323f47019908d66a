import type { Tx } from '@portail/db'
import { bookings, type ServiceAddress } from '@portail/db/schema'
import { and, asc, desc, eq, gt, gte, inArray, lt, notInArray, or, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { ClientActor } from '../actors/actor-kinds'
import { decodeCursor, type Page, toPage } from '../cursor'
import { DomainError } from '../errors'
import type { BookingPolicy } from './booking-context'
import { cancellationQuote, type ChangeQuote, type PolicyFacts, rescheduleQuote } from './booking-policy'
import { activeStatuses, type BookingStatus } from './booking-status'
import { staffDisplayNames } from './staff-directory'

/** One of the client's own bookings, as "My appointments" shows it (names as booked: the snapshot). */
export interface MyBooking {
  id: string
  status: BookingStatus
  serviceId: string
  serviceNameFr: string
  serviceNameEn: string
  options: { nameFr: string; nameEn: string }[]
  staffId: string
  staffName: string | null
  start: string
  end: string
  priceCents: number
  currency: string
  serviceAddress: ServiceAddress | null
  notes: string | null
  rescheduleCount: number
  holdExpiresAt: string | null
  cancelledAt: string | null
}

export interface MyBookingDetail extends MyBooking {
  policy: BookingPolicy
  cancellation: ChangeQuote
  reschedule: ChangeQuote
}

export type BookingRow = typeof bookings.$inferSelect

/** The facts the policy decides on, from the row: the policy is the one the client agreed to. */
export const policyFactsOf = (row: BookingRow): PolicyFacts => ({
  policy: row.snapshot.policy,
  status: row.status,
  start: row.startsAt.getTime(),
  rescheduleCount: row.rescheduleCount,
  totalCents: row.priceCents,
  paymentRule: row.snapshot.paymentRule,
  depositCents: row.snapshot.depositCents,
})

export function toMyBooking(row: BookingRow, staffName: string | null): MyBooking {
  return {
    id: row.id,
    status: row.status,
    serviceId: row.serviceId,
    serviceNameFr: row.snapshot.service.nameFr,
    serviceNameEn: row.snapshot.service.nameEn,
    options: row.snapshot.options.map(({ nameFr, nameEn }) => ({ nameFr, nameEn })),
    staffId: row.membershipId,
    staffName,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    priceCents: row.priceCents,
    currency: row.currency,
    serviceAddress: row.serviceAddress,
    notes: row.notes,
    rescheduleCount: row.rescheduleCount,
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  }
}

/**
 * One of the client's own bookings (the client policy pins client_id as well), locked for update
 * when asked. Another client's booking, or one of another tenant, is NOT_FOUND: nothing says it exists.
 */
export async function loadOwnBooking(tx: Tx, client: ClientActor, id: string, lock = false): Promise<BookingRow> {
  const query = tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, client.tenantId), eq(bookings.clientId, client.clientId), eq(bookings.id, id)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new DomainError('NOT_FOUND', 'booking.notFound', { field: 'id' })
  return row
}

export async function myBookingOf(tx: Tx, row: BookingRow): Promise<MyBooking> {
  const names = await staffDisplayNames(tx)
  return toMyBooking(row, names.get(row.membershipId) ?? null)
}

const ZPosition = z.tuple([z.iso.datetime(), z.uuid()])

/**
 * The client's bookings: upcoming (active, not started yet) soonest first, or past (everything
 * else) newest first, a keyset page at a time on (start, id).
 */
export async function listMyBookings(
  tx: Tx,
  client: ClientActor,
  input: { scope: 'upcoming' | 'past'; cursor?: string | undefined; limit: number },
  now = Date.now(),
): Promise<Page<MyBooking>> {
  const at = new Date(now)
  const upcoming = input.scope === 'upcoming'
  const scope = upcoming
    ? and(gte(bookings.startsAt, at), inArray(bookings.status, [...activeStatuses]))
    : or(lt(bookings.startsAt, at), notInArray(bookings.status, [...activeStatuses]))
  let after: SQL | undefined
  if (input.cursor !== undefined) {
    const [startIso, id] = decodeCursor(input.cursor, ZPosition)
    const start = new Date(startIso)
    after = upcoming
      ? or(gt(bookings.startsAt, start), and(eq(bookings.startsAt, start), gt(bookings.id, id)))
      : or(lt(bookings.startsAt, start), and(eq(bookings.startsAt, start), lt(bookings.id, id)))
  }
  const rows = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, client.tenantId), eq(bookings.clientId, client.clientId), scope, after))
    .orderBy(...(upcoming ? [asc(bookings.startsAt), asc(bookings.id)] : [desc(bookings.startsAt), desc(bookings.id)]))
    .limit(input.limit + 1)
  const names = rows.length === 0 ? new Map<string, string>() : await staffDisplayNames(tx)
  const page = toPage(rows, input.limit, (row) => [row.startsAt.toISOString(), row.id])
  return {
    items: page.items.map((row) => toMyBooking(row, names.get(row.membershipId) ?? null)),
    nextCursor: page.nextCursor,
  }
}

/** One of the client's bookings with the policy it was booked under and what cancelling or moving it would cost now. */
export async function getMyBooking(
  tx: Tx,
  client: ClientActor,
  id: string,
  now = Date.now(),
): Promise<MyBookingDetail> {
  const row = await loadOwnBooking(tx, client, id)
  const facts = policyFactsOf(row)
  return {
    ...(await myBookingOf(tx, row)),
    policy: row.snapshot.policy,
    cancellation: cancellationQuote(facts, now),
    reschedule: rescheduleQuote(facts, now),
  }
}
