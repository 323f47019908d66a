import { bigint, foreignKey, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { staffRole, systemRole } from './actor-roles'
import { tenantId, updatedAt } from './columns'
import { isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * Per-tenant counters for human-facing numbers (invoice numbers, booking references), so no
 * business can infer another's volume from a shared sequence. Gapless: a number is taken with an
 * upsert inside the same transaction as the row that uses it.
 *
 * - staff and workflows read and advance their tenant's counters.
 */
export const tenantCounters = pgTable(
  'tenant_counters',
  {
    tenantId: tenantId(),
    name: text('name').notNull(),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'tenant_counters_pkey', columns: [t.tenantId, t.name] }),
    foreignKey({ name: 'tenant_counters_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    rowPolicy('tenant_counters_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('tenant_counters_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
