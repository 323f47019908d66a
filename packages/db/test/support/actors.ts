import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Database } from '../../src/connection/database'
import type { ActorKind } from '../../src/schema/actor-roles'
import type { ActorContext } from '../../src/with-tenant'
import type { TenantFixture } from '../harness'
import { queryRows } from './query'

/** Each actor as the API would build it inside `tenant` (the client actor is the tenant's client X; identity has no tenant). */
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
    case 'identity':
      return { actor, tenantId: null }
  }
}

export interface TableSnapshot {
  rows: number
  digest: string
}

/** Every row of `table` in `tenantId`, as that tenant's workflows see it: the proof nothing moved. */
export const snapshotAsSystem = (app: Database, table: string, tenantId: string): Promise<TableSnapshot> =>
  app.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const [snapshot] = await queryRows(
      tx,
      z.object({ rows: z.number(), digest: z.string() }),
      sql`select count(*)::int as rows, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as digest
        from ${sql.identifier(table)} x`,
    )
    if (!snapshot) throw new Error(`no snapshot of ${table}`)
    return snapshot
  })

/** Thrown to roll a probe transaction back once it has shown what it needed to. */
export class RollbackProbe extends Error {
  constructor() {
    super('rollback probe')
    this.name = 'RollbackProbe'
  }
}
