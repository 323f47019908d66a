import type { Tx } from '@portail/db'
import { bookings, clients } from '@portail/db/schema'
import { and, eq, isNull } from 'drizzle-orm'
import { DomainError } from '../errors'

/** A client of the tenant staff may book for: not archived. NOT_FOUND otherwise (another tenant's included). */
export async function bookableClient(tx: Tx, tenantId: string, clientId: string): Promise<{ locale: 'fr' | 'en' }> {
  const [client] = await tx
    .select({ locale: clients.locale })
    .from(clients)
    .where(and(eq(clients.tenantId, tenantId), eq(clients.id, clientId), isNull(clients.archivedAt)))
  if (!client) throw new DomainError('NOT_FOUND', 'client.notFound', { field: 'clientId' })
  return client
}

/** The booking a staff request with this client and idempotency key already made, if any (a retry). */
export async function teamBookingByKey(
  tx: Tx,
  tenantId: string,
  clientId: string,
  idempotencyKey: string,
): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.tenantId, tenantId),
        eq(bookings.clientId, clientId),
        eq(bookings.idempotencyKey, idempotencyKey),
      ),
    )
  return row?.id
}
