import type { ActorContext, Database } from '@portail/db'
import { smsOutbox } from '@portail/db/schema'
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm'
import type { OutgoingSms, SmsDeliveryResult, SmsTransport } from './transport'

/** The SMS relay's own actor: it reaches sms_outbox's delivery columns and nothing else. */
const relayActor: ActorContext = { actor: 'smsRelay', tenantId: null }

export interface DeliverPendingSmsOptions {
  /** How many messages one run claims. */
  batch?: number
  now?: () => Date
  /**
   * How long a claimed message is left alone before another run may take it again: covers a relay
   * that died between claiming and recording. Twilio has no idempotency key, so a relay dying
   * after the send and before the record sends that message again after the lease.
   */
  leaseSeconds?: number
  /** After this many attempts a message that still fails transiently is marked failed. */
  maxAttempts?: number
}

export interface SmsRelayRun {
  sent: number
  retrying: number
  failed: number
}

/** 1, 2, 4… minutes, at most 3 hours, as the mail relay. */
const retryDelayMinutes = (attempts: number) => Math.min(2 ** Math.max(attempts - 1, 0), 180)

/**
 * Sends what sms_outbox holds, as deliverPendingMail sends mail: claims due pending rows with FOR
 * UPDATE SKIP LOCKED (concurrent relays take different rows) and pushes their next attempt past a
 * lease in that short transaction, sends each outside any transaction, then records the outcome:
 * sent (with Twilio's SID, which status callbacks name), retry later with backoff, or failed for
 * good. The delivery log follows by itself (the outbox trigger copies sent/failed into it). No row
 * is ever deleted.
 */
export async function deliverPendingSms(
  database: Database,
  transport: SmsTransport,
  options: DeliverPendingSmsOptions = {},
): Promise<SmsRelayRun> {
  const clock = options.now ?? (() => new Date())
  const maxAttempts = options.maxAttempts ?? 8
  const claimedAt = clock()
  // The clock counts milliseconds, Postgres microseconds: the whole millisecond counts as due.
  const dueBefore = new Date(claimedAt.getTime() + 1)
  const claimed = await database.withTenant(relayActor, async (tx) => {
    const due = await tx
      .select({ id: smsOutbox.id, to: smsOutbox.toPhone, body: smsOutbox.body, attempts: smsOutbox.attempts })
      .from(smsOutbox)
      .where(and(eq(smsOutbox.status, 'pending'), lt(smsOutbox.nextAttemptAt, dueBefore)))
      .orderBy(asc(smsOutbox.nextAttemptAt), asc(smsOutbox.id))
      .limit(options.batch ?? 20)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    await tx
      .update(smsOutbox)
      .set({
        attempts: sql`${smsOutbox.attempts} + 1`,
        nextAttemptAt: new Date(claimedAt.getTime() + (options.leaseSeconds ?? 300) * 1000),
      })
      .where(
        inArray(
          smsOutbox.id,
          due.map((row) => row.id),
        ),
      )
    return due.map((row) => ({ ...row, attempts: row.attempts + 1 }))
  })

  const run: SmsRelayRun = { sent: 0, retrying: 0, failed: 0 }
  for (const sms of claimed) {
    const result = await sendOne(transport, sms)
    const at = clock()
    if (result.ok) {
      run.sent += 1
      await record(database, sms.id, {
        status: 'sent',
        sentAt: at,
        providerMessageId: result.providerMessageId,
        lastError: null,
      })
    } else if (result.permanent || sms.attempts >= maxAttempts) {
      run.failed += 1
      await record(database, sms.id, { status: 'failed', lastError: result.error })
    } else {
      run.retrying += 1
      await record(database, sms.id, {
        lastError: result.error,
        nextAttemptAt: new Date(at.getTime() + retryDelayMinutes(sms.attempts) * 60_000),
      })
    }
  }
  return run
}

/** A transport that throws (a bug, a dropped connection) counts as a failure worth retrying. */
async function sendOne(transport: SmsTransport, sms: OutgoingSms): Promise<SmsDeliveryResult> {
  try {
    return await transport.send(sms)
  } catch (error) {
    return { ok: false, permanent: false, error: `${transport.name}: ${String(error)}`.slice(0, 500) }
  }
}

type Outcome = Partial<
  Pick<typeof smsOutbox.$inferInsert, 'status' | 'sentAt' | 'providerMessageId' | 'lastError' | 'nextAttemptAt'>
>

const record = (database: Database, id: string, outcome: Outcome) =>
  database.withTenant(relayActor, (tx) => tx.update(smsOutbox).set(outcome).where(eq(smsOutbox.id, id)))
