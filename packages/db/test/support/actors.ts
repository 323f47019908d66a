import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Database } from '../../src/connection/database'
import type { ActorKind } from '../../src/schema/actor-roles'
import type { ActorContext } from '../../src/with-tenant'
import type { TenantFixture } from '../harness'
import { queryRows } from './query'

/** Each actor as the API would build it inside `tenant` (the client actor is the tenant's client X; the tenant-less actors have none). */
export function actorIn(tenant: TenantFixture, actor: ActorKind, operatorUserId: string): ActorContext {
  switch (actor) {
    case 'public':
      return { actor, tenantId: tenant.id, userId: tenant.staffUserId }
    case 'client':
      return { actor, tenantId: tenant.id, userId: tenant.clientUserId, clientId: tenant.clientId }
    case 'staff':
      return { actor, tenantId: tenant.id, userId: tenant.staffUserId }
    case 'system':
      return { actor, tenantId: tenant.id }
    case 'operator':
      return { actor, tenantId: tenant.id, userId: operatorUserId }
    // The identity service never acts inside a tenant: aimed at one, it still has no context.
    // Nor do the engine, the relays and provider webhooks: they work for every business at once.
    case 'identity':
    case 'workflowEngine':
    case 'outboxRelay':
    case 'mailRelay':
    case 'smsRelay':
    case 'deliveryStatus':
    case 'holdRelease':
    case 'identityPurge':
    case 'paymentWebhook':
    case 'paymentReconcile':
      return { actor, tenantId: null }
  }
}

export interface TableSnapshot {
  rows: number
  digest: string
}

/** The workflow engine's own tables: no tenant actor reads them, the engine reads every tenant's. */
const engineTables: readonly string[] = ['workflow_events', 'workflow_runs']

/**
 * Every row of `table` in `tenantId`, as that tenant's workflows see it (the engine's tables as the
 * engine sees them, narrowed to that tenant): the proof nothing moved.
 */
export const snapshotAsSystem = (app: Database, table: string, tenantId: string): Promise<TableSnapshot> => {
  const asEngine = engineTables.includes(table)
  const ctx: ActorContext = asEngine ? { actor: 'workflowEngine', tenantId: null } : { actor: 'system', tenantId }
  return app.withTenant(ctx, async (tx) => {
    const [snapshot] = await queryRows(
      tx,
      z.object({ rows: z.number(), digest: z.string() }),
      sql`select count(*)::int as rows, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as digest
        from ${sql.identifier(table)} x ${asEngine ? sql`where x.tenant_id = ${tenantId}` : sql``}`,
    )
    if (!snapshot) throw new Error(`no snapshot of ${table}`)
    return snapshot
  })
}

/** Thrown to roll a probe transaction back once it has shown what it needed to. */
export class RollbackProbe extends Error {
  constructor() {
    super('rollback probe')
    this.name = 'RollbackProbe'
  }
}
