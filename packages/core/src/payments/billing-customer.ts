import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { billingCustomers, clients } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import { callProvider, idempotencyKeys } from './provider-call'

/**
 * The client's Stripe customer on the business's connected account, created once: read (system),
 * else created at Stripe with the key `customer:<clientId>` (a concurrent or retried call gets the
 * same customer back) and stored after the call (on conflict the stored one wins).
 */
export async function ensureBillingCustomer(
  database: Database,
  processor: PaymentsPort,
  tenantId: string,
  clientId: string,
  accountId: string,
): Promise<string> {
  const asSystem = { actor: 'system' as const, tenantId }
  const known = await database.withTenant(asSystem, async (tx) => {
    const [row] = await tx
      .select({ customerId: billingCustomers.stripeCustomerId, name: clients.fullName, email: clients.email })
      .from(clients)
      .leftJoin(
        billingCustomers,
        and(eq(billingCustomers.tenantId, clients.tenantId), eq(billingCustomers.clientId, clients.id)),
      )
      .where(and(eq(clients.tenantId, tenantId), eq(clients.id, clientId)))
    return row
  })
  if (!known) throw new DomainError('NOT_FOUND', 'payment.noCustomer')
  if (known.customerId) return known.customerId
  const created = await callProvider(() =>
    processor.ensureCustomer(
      { accountId, clientId, email: known.email, name: known.name },
      idempotencyKeys.customer(clientId),
    ),
  )
  return database.withTenant(asSystem, async (tx) => {
    await tx
      .insert(billingCustomers)
      .values({ tenantId, clientId, stripeCustomerId: created.customerId })
      .onConflictDoNothing()
    const [row] = await tx
      .select({ customerId: billingCustomers.stripeCustomerId })
      .from(billingCustomers)
      .where(and(eq(billingCustomers.tenantId, tenantId), eq(billingCustomers.clientId, clientId)))
    return row?.customerId ?? created.customerId
  })
}
