import type { Tx } from '@portail/db'
import { eventOutbox } from '@portail/db/schema'
import { eventCatalog, type PortailEvent } from './event-catalog'
import { noteEventWritten } from './outbox-nudge'

/**
 * Writes an event to the outbox in the caller's transaction: it exists if and only if the change
 * that emits it commits. The payload is checked against the catalog first (a malformed event is a
 * bug, thrown before anything is written). Clients and staff may append but not read the outbox, so
 * nothing is returned; the outbox id becomes the event id downstream. Run the transaction through
 * `nudgeOutboxAfter` (the API's procedures do) so the relay delivers it within a second of the commit.
 */
export async function sendEvent(tx: Tx, tenantId: string, event: PortailEvent): Promise<void> {
  const payload = eventCatalog[event.name].parse(event.payload)
  await tx.insert(eventOutbox).values({ tenantId, name: event.name, payload })
  noteEventWritten()
}
