import type { ActorContext, Database } from '@portail/db'
import { mailOutbox } from '@portail/db/schema'
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm'
import type { DeliveryResult, MailTransport, OutgoingMail } from './transport'

/**
 * The relay works for the platform, not a tenant, as its own actor: column grants on mail_outbox
 * only, so a bug in the relay or a transport cannot reach sign-in codes, sessions or users.
 */
const relayActor: ActorContext = { actor: 'mailRelay', tenantId: null }

export interface DeliverPendingMailOptions {
  /** How many messages one run claims. */
  batch?: number
  now?: () => Date
  /**
   * How long a claimed message is left alone before another run may take it again: covers a relay
   * that died between claiming and recording. Resend drops the resend by its idempotency key.
   */
  leaseSeconds?: number
  /** After this many attempts a message that still fails transiently is marked failed. */
  maxAttempts?: number
}

export interface RelayRun {
  sent: number
  retrying: number
  failed: number
}

/** 1, 2, 4… minutes, at most 3 hours: eight attempts span about four hours. */
export const retryDelayMinutes = (attempts: number) => Math.min(2 ** Math.max(attempts - 1, 0), 180)

/**
 * Sends what the outbox holds. Mail is written in the business transaction (the outbox); this runs
 * outside any request: it claims due pending rows with FOR UPDATE SKIP LOCKED (concurrent relays
 * take different rows) and pushes their next attempt past a lease in that short transaction, sends
 * each message with its outbox id as idempotency key outside any transaction, then records the
 * outcome: sent, retry later with backoff, or failed for good. No row is ever deleted.
 */
export async function deliverPendingMail(
  database: Database,
  transport: MailTransport,
  options: DeliverPendingMailOptions = {},
): Promise<RelayRun> {
  const clock = options.now ?? (() => new Date())
  const maxAttempts = options.maxAttempts ?? 8
  const claimedAt = clock()
  // The clock counts whole milliseconds, Postgres microseconds: a message queued earlier within
  // the same millisecond is stamped after `claimedAt` (12:00:00.123456 > 12:00:00.123), so the
  // whole of claimedAt's millisecond counts as due.
  const dueBefore = new Date(claimedAt.getTime() + 1)
  const claimed = await database.withTenant(relayActor, async (tx) => {
    const due = await tx
      .select({
        id: mailOutbox.id,
        to: mailOutbox.toAddress,
        kind: mailOutbox.kind,
        subject: mailOutbox.subject,
        text: mailOutbox.textBody,
        html: mailOutbox.htmlBody,
        attachments: mailOutbox.attachments,
        headers: mailOutbox.headers,
        attempts: mailOutbox.attempts,
      })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lt(mailOutbox.nextAttemptAt, dueBefore)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(options.batch ?? 20)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    await tx
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        nextAttemptAt: new Date(claimedAt.getTime() + (options.leaseSeconds ?? 300) * 1000),
      })
      .where(
        inArray(
          mailOutbox.id,
          due.map((row) => row.id),
        ),
      )
    return due.map((row) => ({ ...row, attempts: row.attempts + 1 }))
  })

  const run: RelayRun = { sent: 0, retrying: 0, failed: 0 }
  for (const mail of claimed) {
    const result = await deliverOne(transport, mail)
    const at = clock()
    if (result.ok) {
      run.sent += 1
      await record(database, mail.id, {
        status: 'sent',
        sentAt: at,
        providerMessageId: result.providerMessageId,
        lastError: null,
      })
    } else if (result.permanent || mail.attempts >= maxAttempts) {
      run.failed += 1
      await record(database, mail.id, { status: 'failed', lastError: result.error })
    } else {
      run.retrying += 1
      await record(database, mail.id, {
        lastError: result.error,
        nextAttemptAt: new Date(at.getTime() + retryDelayMinutes(mail.attempts) * 60_000),
      })
    }
  }
  return run
}

/** A transport that throws (a bug, a dropped connection) counts as a failure worth retrying. */
async function deliverOne(transport: MailTransport, mail: OutgoingMail): Promise<DeliveryResult> {
  try {
    return await transport.deliver(mail)
  } catch (error) {
    return { ok: false, permanent: false, error: `${transport.name}: ${String(error)}`.slice(0, 500) }
  }
}

type Outcome = Partial<
  Pick<typeof mailOutbox.$inferInsert, 'status' | 'sentAt' | 'providerMessageId' | 'lastError' | 'nextAttemptAt'>
>

const record = (database: Database, id: string, outcome: Outcome) =>
  database.withTenant(relayActor, (tx) => tx.update(mailOutbox).set(outcome).where(eq(mailOutbox.id, id)))
