import type { Database } from '@portail/db'
import { auditLog, clients } from '@portail/db/schema'
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
