import {
  audienceLocale,
  type BookingAudience,
  type BookingFacts,
  bookingIcsAttachment,
  bookingMessageProps,
  loadBookingFacts,
  type StaffRecipient,
} from '@portail/core/booking-workflow'
import type { BookingMessageProps } from '@portail/email'
import { loggerFor } from '@portail/logger'
import {
  type DeliveryChannel,
  type DeliveryOutcome,
  InvalidNotifyRequestError,
  notify,
  type NotifyRequest,
  RecipientNotFoundError,
  UnknownTemplateError,
} from '@portail/notifications'
import type { GetStepTools } from 'inngest'
import type { inngest } from '../../client'
import { bookingWorkflowDeps } from './booking-deps'

const log = loggerFor('booking-workflows')

type StepTools = Pick<GetStepTools<typeof inngest>, 'run' | 'sleepUntil'>

/** Whether the booking, read again, still calls for this message (else the reason it does not). */
export type BookingGuard = (
  facts: BookingFacts | null,
) => { send: true; facts: BookingFacts } | { send: false; reason: string; facts?: BookingFacts | null }

/** The reasons the delivery log knows (the others, like a status that does not match, stay in the run). */
const loggedReasons = ['booking_cancelled', 'booking_moved'] as const
type LoggedReason = (typeof loggedReasons)[number]
const isLogged = (reason: string): reason is LoggedReason => (loggedReasons as readonly string[]).includes(reason)

/** One message about one booking to its client or its staff member. */
export interface BookingMessage {
  /** The step id (stable: the run's memoised results are found by it on every replay). */
  id: string
  tenantId: string
  bookingId: string
  audience: BookingAudience
  topic: NotifyRequest['topic']
  template: Extract<NotifyRequest['template'], `booking-${string}`>
  dedupeKey: string
  guard: BookingGuard
  extra?: Pick<BookingMessageProps, 'leadHours' | 'previousStart' | 'by' | 'feeCents'>
  /** Where the message links to, when not the booking itself (a hold that expired: book again). */
  link?: 'book-again'
  /**
   * A staff message to a member other than the booking's own (the one it was taken from): their
   * account, name and language instead of the booking's staff member's.
   */
  to?: StaffRecipient
  /** Attach the booking's .ics (the confirmation). */
  withIcs?: boolean
  /**
   * Past the appointment's start a message deferred by quiet hours is pointless ('start'), or it
   * still matters after it (null: a no-show or a cancellation, whose fee is news at any hour).
   */
  deadline: 'start' | null
  /** A reminder's last moment: when the real time is past it, nothing goes out and the log says too_late. */
  lateAfter?: string
}

/** An outcome as it comes back from a memoised step: JSON, so `until` is an ISO string. */
export interface StepOutcome {
  channel: DeliveryChannel
  status: DeliveryOutcome['status']
  reason?: string
  until?: string
}

export type SendResult =
  | { status: 'skipped'; reason: string }
  | { status: 'notified'; outcomes: StepOutcome[] }
  /** notify() refused the message for good (no such recipient any more, a bug): the rest of the run goes on. */
  | { status: 'failed'; reason: string }

/** Refusals that no retry can change; anything else (the database unreachable) is thrown and retried. */
const isFinal = (error: unknown): error is Error =>
  error instanceof RecipientNotFoundError ||
  error instanceof InvalidNotifyRequestError ||
  error instanceof UnknownTemplateError

/** Quiet hours end once a night; a channel deferred again after that is left as the log says. */
const maxQuietRounds = 2

const toStepOutcome = (outcome: DeliveryOutcome): StepOutcome => ({
  channel: outcome.channel,
  status: outcome.status,
  ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
  ...(outcome.until === undefined ? {} : { until: outcome.until.toISOString() }),
})

/**
 * One attempt, run inside a step: reads the booking again as the system actor, checks it still
 * calls for the message, reads the real time (memoised with the step's result, so a replay
 * decides nothing again), then hands the message to notify(), which logs every channel's outcome
 * (or, for a booking cancelled or moved since, logs every channel skipped with that reason).
 * A final refusal of notify() is returned, not thrown, so one message that cannot go never stops
 * the reminders after it.
 */
async function attempt(message: BookingMessage, retry: { channels: DeliveryChannel[] } | null): Promise<SendResult> {
  try {
    return await attemptOnce(message, retry)
  } catch (error) {
    if (!isFinal(error)) throw error
    log.error({ bookingId: message.bookingId, step: message.id, err: error }, 'booking message refused by notify')
    return { status: 'failed', reason: error.name }
  }
}

async function attemptOnce(
  message: BookingMessage,
  retry: { channels: DeliveryChannel[] } | null,
): Promise<SendResult> {
  const { database, portalOrigin } = bookingWorkflowDeps()
  const check = message.guard(await loadBookingFacts(database, message.tenantId, message.bookingId))
  const now = new Date()
  const about = (read: BookingFacts) => {
    const to = message.audience === 'staff' ? message.to : undefined
    const facts = to ? { ...read, staffUserId: to.userId, staffLocale: to.locale } : read
    const origin = portalOrigin(facts.tenantSlug)
    const props = bookingMessageProps(facts, message.audience, origin, message.extra)
    if (to) props.recipientName = to.name
    if (message.link === 'book-again') {
      props.manageUrl = `${origin}/${audienceLocale(facts, message.audience)}/portal/book`
    }
    return {
      tenantId: message.tenantId,
      recipient:
        message.audience === 'client'
          ? { kind: 'client' as const, clientId: facts.clientId }
          : { kind: 'staff' as const, userId: facts.staffUserId },
      topic: message.topic,
      template: message.template,
      props,
      bookingId: message.bookingId,
      dedupeKey: message.dedupeKey,
      ...(retry ? { channels: retry.channels } : {}),
      now,
    }
  }
  if (!check.send) {
    log.info({ bookingId: message.bookingId, step: message.id, reason: check.reason }, 'booking message not sent')
    // Cancelled or moved: the delivery log says so to the recipient (nothing is sent).
    if (check.facts && isLogged(check.reason)) await notify(database, { ...about(check.facts), skip: check.reason })
    return { status: 'skipped', reason: check.reason }
  }
  const { facts } = check
  // A retry after quiet hours is late on purpose; only the first attempt can be too late.
  const late = retry === null && message.lateAfter !== undefined && now.getTime() > Date.parse(message.lateAfter)
  const deadline = message.deadline === 'start' ? new Date(facts.start) : undefined
  const ics =
    message.withIcs && !late
      ? await bookingIcsAttachment(
          database,
          message.tenantId,
          message.bookingId,
          audienceLocale(facts, message.audience),
        )
      : null
  const outcomes = await notify(database, {
    ...about(facts),
    // Too late: notify logs every channel as skipped too_late and sends nothing.
    notAfter: late && message.lateAfter !== undefined ? new Date(message.lateAfter) : deadline,
    ...(ics ? { attachments: [ics] } : {}),
  })
  return { status: 'notified', outcomes: outcomes.map(toStepOutcome) }
}

const latest = (instants: string[]) => new Date(Math.max(...instants.map((instant) => Date.parse(instant))))

/**
 * Sends a booking message through steps of the calling run: one attempt; then, for the channels
 * notify() deferred for quiet hours (SMS, push at night), a sleep until they end and an attempt
 * on those channels only (same dedupe key: notify decides them again, nothing goes twice).
 * Returns the last word on each channel.
 */
export async function sendBookingMessage(step: StepTools, message: BookingMessage): Promise<SendResult> {
  const first: SendResult = await step.run(message.id, () => attempt(message, null))
  if (first.status !== 'notified') return first
  let outcomes = first.outcomes
  for (let round = 1; round <= maxQuietRounds; round += 1) {
    const deferred = outcomes.filter((outcome) => outcome.status === 'deferred' && outcome.until !== undefined)
    if (deferred.length === 0) break
    await step.sleepUntil(`${message.id}:quiet-${round}`, latest(deferred.map((outcome) => outcome.until ?? '')))
    const channels = deferred.map((outcome) => outcome.channel)
    const again: SendResult = await step.run(`${message.id}:after-quiet-${round}`, () => attempt(message, { channels }))
    if (again.status !== 'notified') {
      // Cancelled or moved while the channels waited: they are not sent.
      return again
    }
    outcomes = [...outcomes.filter((outcome) => !channels.includes(outcome.channel)), ...again.outcomes]
  }
  return { status: 'notified', outcomes }
}

/** The guard of a message about a booking that ended one way: it must be in that status now. */
export const bookingInStatus =
  (status: BookingFacts['status']): BookingGuard =>
  (facts) =>
    facts?.status === status ? { send: true, facts } : { send: false, reason: `booking_not_${status}` }
