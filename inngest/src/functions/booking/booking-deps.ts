import type { Database } from '@portail/db'
import { portalOriginFor, readBookingLinksEnv } from './env'

/** What the booking workflows need from the process that runs them. */
export interface BookingWorkflowDeps {
  database: Database
  /** `{proto}://{slug}.{ROOT_DOMAIN}`, no trailing slash: where a message links to. */
  portalOrigin: (slug: string) => string
}

// One per process, like the database; set at boot before any run can start.
const slot = Symbol.for('portail.inngest.booking-workflow-deps')
type Holder = typeof globalThis & { [slot]?: BookingWorkflowDeps }

/**
 * Hands the booking workflows their database (and, unless given, the portal links from
 * ROOT_DOMAIN). Called by the process that serves the functions, before the engine starts.
 */
export function wireBookingWorkflows(deps: Pick<BookingWorkflowDeps, 'database'> & Partial<BookingWorkflowDeps>): void {
  ;(globalThis as Holder)[slot] = {
    portalOrigin: deps.portalOrigin ?? portalOriginFor(readBookingLinksEnv().rootDomain),
    database: deps.database,
  }
}

/** The wired dependencies; a run before wiring fails (and is retried) instead of sending from nowhere. */
export function bookingWorkflowDeps(): BookingWorkflowDeps {
  const deps = (globalThis as Holder)[slot]
  if (!deps) throw new Error('The booking workflows are not wired to a database (wireBookingWorkflows)')
  return deps
}
