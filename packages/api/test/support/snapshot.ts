import type { Database } from '@portail/db'
import type { TenantFixture } from '@portail/db/testing'
import {
  auditLog,
  bookings,
  clients,
  memberships,
  scheduleOverrides,
  serviceOptions,
  services,
  staffInvitations,
  staffServices,
  workingHours,
} from '@portail/db/schema'
import { asc, eq } from 'drizzle-orm'

export interface TenantRows {
  clients: (typeof clients.$inferSelect)[]
  audit: (typeof auditLog.$inferSelect)[]
  memberships: (typeof memberships.$inferSelect)[]
  invitations: (typeof staffInvitations.$inferSelect)[]
  bookings: (typeof bookings.$inferSelect)[]
  /** The booking catalog and schedules, as one list of rows per table. */
  catalog: unknown[][]
}

/** Everything a tenant's owner can see of the tables the API writes, to compare before/after a call. */
export const snapshotTenant = (database: Database, tenant: TenantFixture): Promise<TenantRows> =>
  database.withTenant({ actor: 'staff', tenantId: tenant.id, userId: tenant.ownerUserId }, async (tx) => ({
    clients: await tx.select().from(clients).where(eq(clients.tenantId, tenant.id)).orderBy(asc(clients.id)),
    audit: await tx.select().from(auditLog).where(eq(auditLog.tenantId, tenant.id)).orderBy(asc(auditLog.id)),
    memberships: await tx
      .select()
      .from(memberships)
      .where(eq(memberships.tenantId, tenant.id))
      .orderBy(asc(memberships.id)),
    invitations: await tx
      .select()
      .from(staffInvitations)
      .where(eq(staffInvitations.tenantId, tenant.id))
      .orderBy(asc(staffInvitations.id)),
    bookings: await tx.select().from(bookings).where(eq(bookings.tenantId, tenant.id)).orderBy(asc(bookings.id)),
    catalog: [
      await tx.select().from(services).where(eq(services.tenantId, tenant.id)).orderBy(asc(services.id)),
      await tx.select().from(serviceOptions).where(eq(serviceOptions.tenantId, tenant.id)).orderBy(asc(serviceOptions.id)),
      await tx.select().from(staffServices).where(eq(staffServices.tenantId, tenant.id)).orderBy(asc(staffServices.id)),
      await tx.select().from(workingHours).where(eq(workingHours.tenantId, tenant.id)).orderBy(asc(workingHours.id)),
      await tx.select().from(scheduleOverrides).where(eq(scheduleOverrides.tenantId, tenant.id)).orderBy(asc(scheduleOverrides.id)),
    ],
  }))

/** The same rows without those a caller may legitimately change (its own client row and the audit about it). */
export const withoutOwnRows = (rows: TenantRows, ownClientId: string | null): TenantRows =>
  ownClientId === null
    ? rows
    : {
        clients: rows.clients.filter((row) => row.id !== ownClientId),
        audit: rows.audit.filter((row) => row.clientId !== ownClientId),
        memberships: rows.memberships,
        invitations: rows.invitations,
        bookings: rows.bookings.filter((row) => row.clientId !== ownClientId),
        catalog: rows.catalog,
      }
