import type { OrganizationDirectory } from '@portail/core/tenants'
import type { Database } from '@portail/db'
import type { MailTransport } from '@portail/email/relay'
import type { SmsTransport } from '@portail/notifications'

/**
 * What the job functions (relays, sweeps, purges, team sync) work with, handed over by the process
 * that serves them (the web server's boot) once it has opened the database and read its
 * configuration. Functions are module-level objects registered before that, so they ask for these
 * when a step runs, never at import.
 */
export interface JobDeps {
  database: Database
  /** Resend, or the local mailbox (MAIL_FILES_DIR's folder too). */
  mailTransport: MailTransport
  /** The identity provider's organizations (Clerk), or the embedded directory. */
  organizations: OrganizationDirectory
  /**
   * Twilio, or the local outbox. When not given, the SMS relay reads TWILIO_* at each run
   * (smsTransportFromEnv); a boot that passes it fails at start-up on a malformed configuration.
   */
  smsTransport?: SmsTransport
}

// On globalThis: Next.js may evaluate this module more than once in one process (instrumentation
// and route bundles), and every copy must see what the boot handed over.
const slot = Symbol.for('portail.inngest.job-deps')
type Holder = typeof globalThis & { [slot]?: JobDeps }
const holder = globalThis as Holder

/** Hands the dependencies to the job functions (boot), or takes them back with null (tests). */
export function setJobDeps(deps: JobDeps | null): void {
  if (deps) holder[slot] = deps
  else delete holder[slot]
}

/** The dependencies; throws (the step fails and is retried) while the boot has not handed them over. */
export function jobDeps(): JobDeps {
  const deps = holder[slot]
  if (!deps) throw new Error('job functions ran before setJobDeps: the server boot hands them the database')
  return deps
}
