import { type ActorContext, type Database, pgErrorCode, pgErrorCodes, type Tx } from '@portail/db'
import { type BookingSnapshot, bookings, type ServiceAddress } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { ClientActor } from '../actors/actor-kinds'
import { findSlot, nextSlots, type Slot } from '../availability'
import { appendAudit } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { sendEvent } from '@portail/events'
import { type BookingContext, loadBookingContext, type ServiceChoice } from './booking-context'
import { releaseExpiredHoldsOf } from './expire-holds'
import { loadStaffSchedules } from './load-schedules'
import type { BookingStatus } from './booking-status'
import { msPerDay as day, msPerMinute as minute } from '@portail/validators'

/** How long an unpaid booking holds its slot while the client pays. */
export const paymentHoldMinutes = 15
/** How many free slots a CONFLICT offers instead. */
const alternatives = 5

export interface CreateBookingData extends ServiceChoice {
  start: string
  idempotencyKey: string
  serviceAddress?: ServiceAddress | null | undefined
  notes?: string | undefined
  locale?: 'fr' | 'en' | undefined
}

export interface BookingView {
  id: string
  status: BookingStatus
  serviceId: string
  staffId: string
  start: string
  end: string
  priceCents: number
  currency: string
  holdExpiresAt: string | null
}

const viewColumns = {
  id: bookings.id,
  status: bookings.status,
  serviceId: bookings.serviceId,
  staffId: bookings.membershipId,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  priceCents: bookings.priceCents,
  currency: bookings.currency,
  holdExpiresAt: bookings.holdExpiresAt,
}

const toView = (
  row: { startsAt: Date; endsAt: Date; holdExpiresAt: Date | null } & Omit<
    BookingView,
    'start' | 'end' | 'holdExpiresAt'
  >,
): BookingView => {
  const { startsAt, endsAt, holdExpiresAt, ...rest } = row
  return {
    ...rest,
    start: startsAt.toISOString(),
    end: endsAt.toISOString(),
    holdExpiresAt: holdExpiresAt?.toISOString() ?? null,
  }
}

async function findByKey(tx: Tx, client: ClientActor, idempotencyKey: string): Promise<BookingView | undefined> {
  const [row] = await tx
    .select(viewColumns)
    .from(bookings)
    .where(
      and(
        eq(bookings.tenantId, client.tenantId),
        eq(bookings.clientId, client.clientId),
        eq(bookings.idempotencyKey, idempotencyKey),
      ),
    )
  return row ? toView(row) : undefined
}

export function snapshotOf(context: BookingContext): BookingSnapshot {
  const { service, options, policy, priceCents } = context
  return {
    service: {
      nameFr: service.nameFr,
      nameEn: service.nameEn,
      durationMinutes: service.durationMinutes,
      priceCents: service.priceCents,
      currency: service.currency,
    },
    options: options.map((option) => ({
      id: option.id,
      nameFr: option.nameFr,
      nameEn: option.nameEn,
      extraMinutes: option.extraMinutes,
      extraPriceCents: option.extraPriceCents,
    })),
    totalCents: priceCents,
    paymentRule: service.paymentRule,
    depositCents: service.depositCents,
    policy,
  }
}

const slotTaken = (nextFree: Slot[], cause?: unknown) =>
  new DomainError('CONFLICT', 'booking.slotTaken', { field: 'start', details: { nextSlots: nextFree }, cause })

/**
 * A client books a slot. Opens its own transactions, one at a time (PGlite runs one at a time):
 * 1. as a visitor of the tenant (who sees every staff member's busy time, never who booked):
 *    re-check the slot against the rules and pick a free staff member;
 * 2. as the client: insert it, audited, with the outbox event. The idempotency key's unique
 *    constraint and bookings_no_overlap decide any race: a retry meets its first booking through
 *    either, and that booking is the answer; otherwise 23P01 becomes CONFLICT with the next free
 *    slots (step 3, as a visitor), and nothing is written.
 * A retry of a request that already booked is answered with that booking whatever step 1 says
 * (its own booking now occupies the slot, or the rules changed since): every refusal and conflict
 * looks the key up first, so the happy path needs no look-up of its own.
 * Refuses: unknown service or option, staff not performing it, a start that is not an offered
 * slot (past, outside hours or the window) -> BAD_REQUEST.
 */
export async function createBooking(
  database: Database,
  client: ClientActor,
  input: CreateBookingData,
  now = Date.now(),
): Promise<BookingView> {
  const asClient: ActorContext = {
    actor: 'client',
    tenantId: client.tenantId,
    userId: client.userId,
    clientId: client.clientId,
  }
  const asVisitor: ActorContext = { actor: 'public', tenantId: client.tenantId, userId: client.userId }
  const earlier = () => database.withTenant(asClient, (tx) => findByKey(tx, client, input.idempotencyKey))

  const start = Date.parse(input.start)
  const plan = await database
    .withTenant(asVisitor, async (tx) => {
      const scheduleOf = (staffIds: readonly string[]) =>
        loadStaffSchedules(tx, client.tenantId, staffIds, start - day, start + 2 * day, now)
      // A chosen staff member's schedule is read with the service and rules, in the same write
      // (it is used only once loadBookingContext has confirmed they perform the service); for
      // "anyone", the performers are known only once the service is read.
      const chosen = input.staffId === undefined ? undefined : scheduleOf([input.staffId])
      const [loaded, early] = await Promise.allSettled([loadBookingContext(tx, client.tenantId, input, now), chosen])
      if (loaded.status === 'rejected') throw loaded.reason
      if (early.status === 'rejected') throw early.reason
      const context = loaded.value
      const schedules = early.value ?? (await scheduleOf(context.staffIds))
      const free = schedules.filter((schedule) => findSlot(schedule, context.rules, input.start))
      const offeredIfFree = schedules.some((schedule) =>
        findSlot({ ...schedule, busy: [] }, context.rules, input.start),
      )
      return { context, schedules, free: free.map((schedule) => schedule.staffId), offeredIfFree }
    })
    .catch(async (error: unknown) => {
      // The service or staff member may have changed since this request first booked.
      const retried = error instanceof DomainError ? await earlier() : undefined
      if (retried) return retried
      throw error
    })
  if (!('context' in plan)) return plan
  if (plan.free.length === 0 && !plan.offeredIfFree) {
    const retried = await earlier()
    if (retried) return retried
    throw new DomainError('BAD_REQUEST', 'booking.slotUnavailable', { field: 'start' })
  }

  const { context } = plan
  const end = start + context.rules.durationMinutes * minute
  const pending = context.service.paymentRule !== 'none'
  let lastConflict: unknown
  // Each free staff member is tried in turn; one whose slot is blocked only by an expired hold not
  // yet swept (23P01) is tried once more after releasing that member's expired holds.
  const attempts = plan.free.map((staffId) => ({ staffId, retried: false }))
  for (let index = 0; index < attempts.length; index += 1) {
    const attempt = attempts[index]
    if (!attempt) break
    const { staffId } = attempt
    try {
      return await database.withTenant(asClient, async (tx) => {
        // The id is made here (UUIDv7, time-ordered like the column's default) so the audit entry
        // and the outbox event need not wait for the insert: all three leave in one write with
        // BEGIN (postgres.js pipelines on the transaction's connection). If the insert fails, the
        // two after it fail as "transaction aborted" and nothing is written.
        const id = uuidv7()
        const inserted = tx
          .insert(bookings)
          .values({
            id,
            tenantId: client.tenantId,
            clientId: client.clientId,
            membershipId: staffId,
            serviceId: context.service.id,
            startsAt: new Date(start),
            endsAt: new Date(end),
            bufferBeforeMinutes: context.rules.bufferBeforeMinutes,
            bufferAfterMinutes: context.rules.bufferAfterMinutes,
            blockedFrom: new Date(start - context.rules.bufferBeforeMinutes * minute),
            blockedUntil: new Date(end + context.rules.bufferAfterMinutes * minute),
            status: pending ? 'pending_payment' : 'confirmed',
            priceCents: context.priceCents,
            currency: context.service.currency,
            snapshot: snapshotOf(context),
            serviceAddress: input.serviceAddress ?? null,
            notes: input.notes ?? null,
            locale: input.locale ?? 'fr',
            idempotencyKey: input.idempotencyKey,
            holdExpiresAt: pending ? new Date(now + paymentHoldMinutes * minute) : null,
            createdByUserId: client.userId,
          })
          .returning(viewColumns)
          .then(([row]) => {
            if (!row) throw new Error('insert returned no row')
            return row
          })
        const audited = appendAudit(tx, {
          tenantId: client.tenantId,
          actorUserId: client.userId,
          actorRole: 'client',
          action: 'booking.created',
          entityType: 'booking',
          entityId: id,
          clientId: client.clientId,
          details: { start: new Date(start).toISOString(), serviceId: context.service.id },
        })
        // An unpaid hold is confirmed later, when paid: that change announces it.
        const announced = pending
          ? undefined
          : sendEvent(tx, client.tenantId, {
              name: 'booking/confirmed',
              payload: { bookingId: id, clientId: client.clientId, staffId, start: new Date(start).toISOString() },
            })
        const [row, ...after] = await Promise.allSettled([inserted, audited, announced])
        // The insert's own error (23P01, 23505) is the cause; the others only say the transaction aborted.
        if (row.status === 'rejected') throw row.reason
        for (const outcome of after) if (outcome.status === 'rejected') throw outcome.reason
        return toView(row.value)
      })
    } catch (error) {
      const overlap = pgErrorCode(error) === pgErrorCodes.exclusionViolation
      if (!overlap && !isUniqueViolationOf(error, 'bookings_idempotency_key')) throw error
      // The same request retried concurrently meets the first one's row through either constraint
      // (which one Postgres reports first is not fixed): the first one's booking is the answer.
      const winner = await earlier()
      if (winner) return winner
      if (!overlap) throw error
      lastConflict = error
      if (!attempt.retried && (await releaseExpiredHoldsOf(database, client.tenantId, staffId, now)) > 0) {
        attempt.retried = true
        index -= 1
      }
    }
  }

  // This very request may hold the slot already (a retry, or a copy that got there first): then its
  // booking is the answer.
  const taken = await earlier()
  if (taken) return taken

  const nextFree = await database.withTenant(asVisitor, async (tx) => {
    const windowEnd = context.rules.now + context.rules.maxAdvanceDays * day
    const schedules = await loadStaffSchedules(
      tx,
      client.tenantId,
      context.staffIds,
      start - day,
      windowEnd,
      context.rules.now,
    )
    return nextSlots(schedules, context.rules, start, alternatives)
  })
  throw slotTaken(nextFree, lastConflict)
}
