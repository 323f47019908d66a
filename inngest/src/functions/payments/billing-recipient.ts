import type { Tx } from '@portail/db'
import { clients, memberships, tenants, users } from '@portail/db/schema'
import { type EmailBrand, tenantBrandColumns, tenantEmailBrand } from '@portail/email'
import { and, eq, inArray, isNull } from 'drizzle-orm'

/** The business a billing message is sent for: its brand, clock and portal. */
export interface BillingSender {
  brand: EmailBrand
  timeZone: string
  portalOrigin: string
  /** The business's language: the team's in-app rows are logged in it. */
  defaultLocale: 'fr' | 'en'
}

/** A client as a billing message addresses them. */
export interface BillingClient {
  clientId: string
  name: string
  locale: 'fr' | 'en'
  /** Null when there is no address, or it bounces: the email is logged skipped, the in-app one still goes. */
  email: string | null
  skipReason: 'no_email' | 'address_bouncing' | null
}

/** The business (null when it is gone), read as its system actor. */
export async function loadSender(
  tx: Tx,
  tenantId: string,
  portalOrigin: (slug: string) => string,
): Promise<BillingSender | null> {
  const [row] = await tx
    .select({
      ...tenantBrandColumns,
      slug: tenants.slug,
      timeZone: tenants.timeZone,
      defaultLocale: tenants.defaultLocale,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
  if (!row) return null
  const origin = portalOrigin(row.slug)
  return {
    brand: tenantEmailBrand(row, origin),
    timeZone: row.timeZone,
    portalOrigin: origin,
    defaultLocale: row.defaultLocale,
  }
}

/** The client (null when gone), with where their email may go. */
export async function loadClient(tx: Tx, tenantId: string, clientId: string): Promise<BillingClient | null> {
  const [row] = await tx
    .select({
      name: clients.fullName,
      email: clients.email,
      locale: clients.locale,
      bouncedAt: clients.emailBouncedAt,
    })
    .from(clients)
    .where(and(eq(clients.tenantId, tenantId), eq(clients.id, clientId)))
  if (!row) return null
  const skipReason = row.email === null ? 'no_email' : row.bouncedAt === null ? null : 'address_bouncing'
  return { clientId, name: row.name, locale: row.locale, email: skipReason ? null : row.email, skipReason }
}

/** The business's owners and admins, who hear of its payments (in the app). */
export async function loadPaymentStaff(tx: Tx, tenantId: string): Promise<{ userId: string }[]> {
  return tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.tenantId, tenantId), inArray(memberships.role, ['owner', 'admin']), isNull(users.deletedAt)),
    )
}
