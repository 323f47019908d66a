import type { Database } from '@portail/db'
import type { DeliveryOutcome, NotifyRequest } from './notify-types'

/**
 * Sends one message to one recipient on every channel its preferences allow, and records each
 * decision in the delivery log. See notify-types.ts and docs for the rules.
 */
export async function notify(database: Database, request: NotifyRequest): Promise<DeliveryOutcome[]> {
  void database
  void request
  await Promise.resolve()
  throw new Error('notify: not implemented yet')
}
