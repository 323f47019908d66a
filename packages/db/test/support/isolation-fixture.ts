import { sql } from 'drizzle-orm'
import type { AdminConnection } from '../../src/admin/admin-connection'
import { twoTenantFixture, type TwoTenantFixture } from '../harness'
import { insertRow, nextSeq, tenantTableCases } from './tenant-table-cases'

/**
 * The two-tenant fixture plus at least one row of every tenant table in both tenants, and audit
 * entries about each tenant's two clients (a client must see the ones about itself only).
 */
export async function isolationFixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const fixture = await twoTenantFixture(admin)
  for (const tenant of [fixture.a, fixture.b]) {
    for (const [table, tableCase] of Object.entries(tenantTableCases)) {
      if (tableCase.onePerTenant && tenant === fixture.a) continue
      if (!tableCase.fixtureHasRows) await admin.db.execute(insertRow(table, tableCase.row(tenant, nextSeq())))
    }
    for (const clientId of [tenant.clientId, tenant.otherClientId]) {
      await admin.db
        .execute(sql`insert into audit_log (tenant_id, actor_role, action, entity_type, entity_id, client_id)
        values (${tenant.id}, 'staff', 'client.updated', 'client', ${clientId}, ${clientId})`)
    }
  }
  return fixture
}
