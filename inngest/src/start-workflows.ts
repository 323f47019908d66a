import { randomBytes } from 'node:crypto'
import type { Database } from '@portail/db'
import { nudge, setEventSink } from '@portail/events'
import type { Logger } from '@portail/logger'
import { setNotifyNudge } from '@portail/notifications'
import { inngest, routeEventsLocally, useSigningKey } from './client'
import { EmbeddedEngine, loadOrCreateSigningKey, type ServeHandler } from './engine'
import type { InngestEnv } from './env'
import { wireBookingWorkflows } from './functions/booking/booking-deps'

export interface StartWorkflowsOptions {
  database: Database
  env: InngestEnv
  /** The served handler (`serve()` of the app's adapter over `functions`), made once the signing key is set. */
  handler: () => ServeHandler
  log: Pick<Logger, 'info' | 'warn' | 'error'>
}

/**
 * Wires where workflow events go from this process, and says which at start-up. Embedded (no
 * Inngest configured): the engine runs here, calling the served handler in process, signed with
 * INNGEST_SIGNING_KEY or a key generated beside the embedded database; it becomes the EventSink,
 * and `inngest.send` / `step.sendEvent` go to it. Inngest Cloud or self-hosted: the EventSink is
 * `inngest.send`, and Inngest calls `/api/inngest`.
 */
export async function startWorkflows(options: StartWorkflowsOptions): Promise<EmbeddedEngine | null> {
  const { env, log } = options
  // The booking workflows read bookings and send through notify() with this database, whichever
  // engine runs them (the portal links come from ROOT_DOMAIN).
  wireBookingWorkflows({ database: options.database })
  // notify() wakes the mail and SMS relays after its commit (a no-op until the sink below is set).
  setNotifyNudge(nudge)
  const onNudgeError = (error: unknown, kind: string) => log.warn({ err: error, kind }, 'workflow nudge not taken')
  if (env.mode !== 'embedded') {
    setEventSink(
      {
        send: async (events) => {
          await inngest.send(events)
        },
      },
      { onNudgeError },
    )
    log.info(
      env.mode === 'cloud'
        ? 'workflows: Inngest Cloud (events go to Inngest, which calls /api/inngest)'
        : `workflows: self-hosted Inngest at ${env.baseUrl ?? '?'} (events go there, it calls /api/inngest)`,
    )
    return null
  }
  const signingKey =
    env.signingKey ??
    (env.signingKeyFile
      ? loadOrCreateSigningKey(env.signingKeyFile)
      : `signkey-embedded-${randomBytes(32).toString('hex')}`)
  useSigningKey(signingKey)
  const engine = await EmbeddedEngine.start({
    database: options.database,
    handler: options.handler(),
    signingKey,
    log,
  })
  routeEventsLocally((events) => engine.accept(events))
  setEventSink(engine, { onNudgeError })
  log.info(
    `workflows: embedded engine in this process (${engine.functions.length} functions; runs and sleeps in the database)`,
  )
  return engine
}
