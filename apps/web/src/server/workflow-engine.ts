import { embeddedOrganizationDirectory } from '@portail/core/tenants'
import type { Database } from '@portail/db'
import type { MailTransport } from '@portail/email/relay'
import {
  type EmbeddedEngine,
  functions,
  inngest,
  type InngestEnv,
  setJobDeps,
  startWorkflows,
  wireBookingWorkflows,
  wirePaymentWorkflows,
} from '@portail/inngest'
import { loggerFor } from '@portail/logger'
import { serve } from 'inngest/next'
import { NextRequest } from 'next/server'
import { organizationDirectory } from './clerk'
import { getPayments, simulatedCheckoutExpiry } from './payments'

// One engine per process: instrumentation may run more than once (dev reloads).
const slot = Symbol.for('portail.web.workflow-engine')
type Holder = typeof globalThis & { [slot]?: Promise<EmbeddedEngine | null> }

/**
 * Starts workflows for this process: hands the functions what they work with (database, mail
 * transport, organization directory), then the embedded engine driving the very `serve()` handler
 * of `/api/inngest` (inngest/next) in process, or Inngest Cloud / self-hosted as the EventSink.
 * Under Inngest, this process serves the functions too (Inngest calls /api/inngest here), so they
 * are given the same dependencies.
 */
export function startWorkflowEngine(
  database: Database,
  env: InngestEnv,
  mailTransport: MailTransport,
): Promise<EmbeddedEngine | null> {
  const holder = globalThis as Holder
  if (holder[slot]) return holder[slot]
  setJobDeps({
    database,
    mailTransport,
    organizations: organizationDirectory(database) ?? embeddedOrganizationDirectory,
  })
  wireBookingWorkflows({ database })
  // The reconciliation asks for the payments port when it runs: with payments off, only it fails.
  wirePaymentWorkflows({ database, payments: getPayments, expireSimulatedCheckouts: simulatedCheckoutExpiry() })
  holder[slot] = startWorkflows({
    database,
    env,
    handler: () => {
      const served = serve({ client: inngest, functions })
      return (request) => served(new NextRequest(request), undefined)
    },
    log: loggerFor('workflows'),
  })
  return holder[slot]
}
