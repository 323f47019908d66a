import type { Database } from '@portail/db'
import { auditLog, clients, platformAuditLog } from '@portail/db/schema'
import { asc, eq } from 'drizzle-orm'

/** Every client row of a tenant, as its own staff sees them: the "before/after" of a mutation. */
export const clientsOf = (database: Database, tenantId: string, userId: string) =>
  database.withTenant({ actor: 'staff', tenantId, userId }, (tx) =>
    tx.select().from(clients).where(eq(clients.tenantId, tenantId)).orderBy(asc(clients.id)),
  )

export const auditOf = (database: Database, tenantId: string, userId: string) =>
  database.withTenant({ actor: 'staff', tenantId, userId }, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(eq(auditLog.tenantId, tenantId))
      .orderBy(asc(auditLog.createdAt), asc(auditLog.id)),
  )

/** The platform audit entries an operator wrote, as that operator reads them. */
export const platformAuditOf = (database: Database, operatorUserId: string) =>
  database.withTenant({ actor: 'operator', tenantId: null, userId: operatorUserId }, (tx) =>
    tx.select().from(platformAuditLog).orderBy(asc(platformAuditLog.createdAt), asc(platformAuditLog.id)),
  )
