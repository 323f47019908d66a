import { purgeExpiredIdentityRows } from '@portail/auth/purge'
import { expireUnpaidHolds } from '@portail/core/booking'
import type { Database } from '@portail/db'
import { deliverPendingMail, type MailTransport, mailTransportFromEnv } from '@portail/email/relay'
import { loggerFor } from '@portail/logger'
import { msPerHour, msPerMinute } from '@portail/validators'

const log = loggerFor('background-jobs')

/** How often pending mail is looked for: a sign-in code should arrive within seconds. */
const relayEveryMs = 5_000
const purgeEveryMs = msPerHour
/** Unpaid booking holds last minutes: a slot left by a client who did not pay is offered again within a minute. */
const holdSweepEveryMs = msPerMinute

// Hot reload re-evaluates modules in one process: the timers must be started once per process.
const slot = Symbol.for('portail.web.background-jobs')
type Holder = typeof globalThis & { [slot]?: BackgroundJobs }

export interface BackgroundJobs {
  /** Stops the timers (tests; a process that exits needs nothing). */
  stop(): void
}

/** Runs `job` now and every `everyMs`, never two runs at once, logging failures instead of crashing. */
function every(name: string, everyMs: number, job: () => Promise<unknown>): NodeJS.Timeout {
  let running = false
  const tick = () => {
    if (running) return
    running = true
    job()
      .catch((error: unknown) => log.error({ err: error, job: name }, `${name} failed`))
      .finally(() => {
        running = false
      })
  }
  // unref: a timer alone never keeps the process alive past a shutdown.
  const timer = setInterval(tick, everyMs).unref()
  tick()
  return timer
}

/**
 * The web server's own scheduler, until workflows run on Inngest: the mail relay (every few
 * seconds; Resend when RESEND_API_KEY is set, else it marks local-mailbox rows delivered) and the
 * hourly purge of expired identity rows, and every minute the release of unpaid booking holds
 * whose time ran out. Every instance runs them: the relay claims rows with SKIP LOCKED, the purge
 * deletes by date, and the hold sweep cancels only rows still pending_payment (a second instance
 * finds nothing left to release), so instances never do the same work twice.
 * `transport` is read at boot, so a malformed MAIL_FROM stops the process with its name.
 */
export function startBackgroundJobs(
  database: Database,
  transport: MailTransport = mailTransportFromEnv(),
): BackgroundJobs {
  const holder = globalThis as Holder
  const running = holder[slot]
  if (running) return running
  const timers = [
    every('mail relay', relayEveryMs, () => deliverPendingMail(database, transport)),
    every('identity purge', purgeEveryMs, () => purgeExpiredIdentityRows(database)),
    every('booking hold sweep', holdSweepEveryMs, () => expireUnpaidHolds(database)),
  ]
  const jobs: BackgroundJobs = {
    stop() {
      for (const timer of timers) clearInterval(timer)
      delete holder[slot]
    },
  }
  holder[slot] = jobs
  return jobs
}
