import type { Database } from '@portail/db'
import { type EmbeddedEngine, functions, inngest, type InngestEnv, startWorkflows } from '@portail/inngest'
import { loggerFor } from '@portail/logger'
import { serve } from 'inngest/next'
import { NextRequest } from 'next/server'

// One engine per process: instrumentation may run more than once (dev reloads).
const slot = Symbol.for('portail.web.workflow-engine')
type Holder = typeof globalThis & { [slot]?: Promise<EmbeddedEngine | null> }

/**
 * Starts workflows for this process: the embedded engine driving the very `serve()` handler of
 * `/api/inngest` (inngest/next) in process, or Inngest Cloud / self-hosted as the EventSink.
 */
export function startWorkflowEngine(database: Database, env: InngestEnv): Promise<EmbeddedEngine | null> {
  const holder = globalThis as Holder
  holder[slot] ??= startWorkflows({
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
