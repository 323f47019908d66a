import { z } from 'zod'

/**
 * Every event a domain change may emit, with the payload workflows can rely on. Payloads carry ids
 * and the facts a workflow needs to decide (never personal data: a workflow re-reads the row as
 * `portail_system` before acting, so a stale event never mails a cancelled booking).
 */
const bookingRef = {
  bookingId: z.uuid(),
  clientId: z.uuid(),
  staffId: z.uuid(),
  /** Start instant (ISO, UTC) as it is after the change. */
  start: z.iso.datetime(),
}

export const eventCatalog = {
  'booking/confirmed': z.strictObject(bookingRef),
  'booking/cancelled': z.strictObject({
    ...bookingRef,
    /** Who cancelled: the client, or the business (staff, or an unpaid hold that expired). */
    by: z.enum(['client', 'staff', 'system']),
    /** Fee owed under the policy, in cents (0 when free). */
    feeCents: z.number().int().min(0),
  }),
  'booking/rescheduled': z.strictObject({
    ...bookingRef,
    previousStart: z.iso.datetime(),
    previousStaffId: z.uuid(),
    by: z.enum(['client', 'staff']),
  }),
  /**
   * The business changed its reminder lead times (booking rules): the booking workflows plan the
   * reminders of every future confirmed booking again with the new times.
   */
  'booking/reminder-leads-changed': z.strictObject({
    firstLeadHours: z.number().int().min(1).max(168),
    secondLeadHours: z.number().int().min(0).max(24),
  }),
  /** Staff recorded that the appointment took place (what invoicing after the visit starts from). */
  'booking/completed': z.strictObject(bookingRef),
  /** Staff recorded that the client did not come (the reason stays in the audit log, not here). */
  'booking/no-show': z.strictObject(bookingRef),
  /**
   * The team of a business changed (an invitation accepted, a role changed, a member removed): the
   * identity provider's organization is brought in line after the commit, with retries, by a
   * workflow that reads the membership as it is then (so events applied late or out of order still
   * leave the organization matching the team).
   */
  'team/member-changed': z.strictObject({
    /** Our users.id of the member. */
    userId: z.uuid(),
    change: z.enum(['added', 'roleChanged', 'removed']),
  }),
  /**
   * A card payment succeeded (applied once from Stripe's webhook, or from reconciliation): the
   * receipt and the client's notice are sent from the rows, re-read. Ids only.
   */
  'payment/succeeded': z.strictObject({
    paymentId: z.uuid(),
    clientId: z.uuid(),
    bookingId: z.uuid().nullable(),
    invoiceId: z.uuid().nullable(),
  }),
  /** A card payment failed (declined, authentication required): the client is told how to retry. */
  'payment/failed': z.strictObject({
    paymentId: z.uuid(),
    clientId: z.uuid(),
    bookingId: z.uuid().nullable(),
  }),
  /** An invoice or a credit note was issued (numbered): its PDF is mailed to the client. */
  'invoice/issued': z.strictObject({
    invoiceId: z.uuid(),
    clientId: z.uuid(),
  }),
  /** A refund went through (at Stripe, or recorded for an offline payment): the client is told. */
  'refund/succeeded': z.strictObject({
    refundId: z.uuid(),
    paymentId: z.uuid(),
    clientId: z.uuid(),
  }),
} as const

export type EventName = keyof typeof eventCatalog
export type EventPayload<N extends EventName> = z.infer<(typeof eventCatalog)[N]>
/** One event as `send` takes it: a name from the catalog and its payload. */
export type PortailEvent = { [N in EventName]: { name: N; payload: EventPayload<N> } }[EventName]
