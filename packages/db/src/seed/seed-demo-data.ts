import { inArray } from 'drizzle-orm'
import type { AdminConnection } from '../admin/admin-connection'
import { clients, memberships, tenants, users } from '../schema'
import type { Tx } from '../with-tenant'
import { demoClients } from './demo-clients'
import { demoClientAccounts, demoOperator, demoStaff, devExternalId } from './demo-people'
import { demoTenants } from './demo-tenants'

export interface SeedCounts {
  /** Demo rows present after the seed (the same on every run), not rows inserted by this run. */
  tenants: number
  users: number
  clients: number
}

const key = (...parts: string[]) => parts.map((part) => part.toLowerCase()).join('\u0000')

function lookup(rows: readonly { id: string; key: string }[], wanted: readonly string[], what: string) {
  const ids = new Map(rows.map((row) => [row.key.toLowerCase(), row.id]))
  const missing = wanted.filter((name) => !ids.has(name.toLowerCase()))
  if (missing.length > 0) {
    throw new Error(
      `Demo ${what} could not be created (a row with another natural key holds them): ${missing.join(', ')}`,
    )
  }
  return (name: string) => {
    const id = ids.get(name.toLowerCase())
    if (!id) throw new Error(`Unknown demo ${what}: ${name}`)
    return id
  }
}

async function ensureTenants(tx: Tx) {
  await tx
    .insert(tenants)
    .values([...demoTenants])
    .onConflictDoNothing({ target: tenants.slug })
  const slugs = demoTenants.map((tenant) => tenant.slug)
  const rows = await tx.select({ id: tenants.id, key: tenants.slug }).from(tenants).where(inArray(tenants.slug, slugs))
  return lookup(rows, slugs, 'tenants')
}

async function ensureUsers(tx: Tx) {
  const people = [demoOperator, ...demoStaff, ...demoClientAccounts]
  await tx
    .insert(users)
    .values(people.map(({ email, name, locale }) => ({ externalId: devExternalId(email), email, name, locale })))
    .onConflictDoNothing()
  const emails = people.map((person) => person.email)
  const rows = await tx.select({ id: users.id, key: users.email }).from(users).where(inArray(users.email, emails))
  return lookup(rows, emails, 'users')
}

/**
 * Lays the demo businesses, their teams and clients, and the platform operator, in one
 * transaction on an owner/superuser connection. Idempotent: every row is inserted only when its
 * natural key (tenant slug, user email/external id, membership (tenant, user), client
 * (tenant, email)) is absent, so a second run changes nothing, and edits made in the app since
 * the last run are kept rather than overwritten.
 */
export async function seedDemoData(admin: AdminConnection): Promise<SeedCounts> {
  return admin.db.transaction(async (tx) => {
    const tenantId = await ensureTenants(tx)
    const userId = await ensureUsers(tx)

    await tx
      .insert(memberships)
      .values(
        demoStaff.map((staff) => ({ tenantId: tenantId(staff.tenant), userId: userId(staff.email), role: staff.role })),
      )
      .onConflictDoNothing({ target: [memberships.tenantId, memberships.userId] })

    const accounts = new Set(demoClientAccounts.map((account) => account.email.toLowerCase()))
    const clientRows = demoTenants.flatMap(({ slug }) =>
      demoClients[slug].map((client) => ({
        ...client,
        tenantId: tenantId(slug),
        userId: accounts.has(client.email.toLowerCase()) ? userId(client.email) : null,
      })),
    )
    // No conflict target: a client row already linked to the same user counts as present too.
    await tx.insert(clients).values(clientRows).onConflictDoNothing()

    const present = await tx
      .select({ tenantId: clients.tenantId, email: clients.email })
      .from(clients)
      .where(inArray(clients.tenantId, [...new Set(clientRows.map((row) => row.tenantId))]))
    const presentKeys = new Set(present.map((row) => key(row.tenantId, row.email ?? '')))
    const clientCount = clientRows.filter((row) => presentKeys.has(key(row.tenantId, row.email))).length

    return {
      tenants: demoTenants.length,
      users: 1 + demoStaff.length + demoClientAccounts.length,
      clients: clientCount,
    }
  })
}
