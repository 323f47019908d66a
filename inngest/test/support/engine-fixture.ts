import type { Database } from '@portail/db'
import { workflowRuns } from '@portail/db/schema'
import type { InngestFunction } from 'inngest'
import { serve } from 'inngest/edge'
import { inngest, useSigningKey } from '../../src/client'
import { EmbeddedEngine, type EmbeddedEngineOptions } from '../../src/engine'

export const testSigningKey = `signkey-test-${'ab12'.repeat(16)}`

/** A clock the test moves by hand: the engine never waits for real time. */
export function manualClock(start: string) {
  let now = new Date(start)
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso)
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms)
    },
  }
}

/** The served handler for these functions, exactly as `/api/inngest` builds it (edge adapter: a plain Request). */
export function servedHandler(functions: InngestFunction.Any[]) {
  useSigningKey(testSigningKey)
  return serve({ client: inngest, functions })
}

export async function startEngine(
  database: Database,
  functions: InngestFunction.Any[],
  options: Partial<EmbeddedEngineOptions> = {},
): Promise<EmbeddedEngine> {
  return EmbeddedEngine.start({
    database,
    handler: servedHandler(functions),
    signingKey: testSigningKey,
    timers: false,
    ...options,
  })
}

/** Every run, as the engine's own actor sees them. */
export const runsOf = (database: Database) =>
  database.withTenant({ actor: 'workflowEngine', tenantId: null }, (tx) => tx.select().from(workflowRuns))
