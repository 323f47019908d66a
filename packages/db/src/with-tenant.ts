import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import { z } from 'zod'
import type * as schema from './schema'
import { type ActorKind, actorKinds, dbRoleNames } from './schema/actor-roles'

export type Schema = typeof schema
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>
export type AnyDrizzle = PgDatabase<PgQueryResultHKT, Schema>

/**
 * Who is acting, as the database sees it. Built by the API from trusted context (host, session,
 * membership), by workflows from their own event re-checked against the row: never from input.
 */
export interface ActorContext {
  actor: ActorKind
  /** The tenant acted in; null only for tenant-less work (host resolution, operator lists). */
  tenantId: string | null
  userId?: string | null
  clientId?: string | null
}

const uuid = z.uuid()
const contextSchema = z.object({
  actor: z.enum(actorKinds),
  tenantId: uuid.nullable(),
  userId: uuid.nullish(),
  clientId: uuid.nullish(),
})

export class InvalidActorContextError extends Error {
  constructor(detail: string) {
    super(`Invalid actor context: ${detail}`)
    this.name = 'InvalidActorContextError'
  }
}

function checkContext(ctx: ActorContext): ActorContext {
  const parsed = contextSchema.safeParse(ctx)
  if (!parsed.success) throw new InvalidActorContextError(parsed.error.issues.map((i) => i.path.join('.')).join(', '))
  if (ctx.actor === 'client' && !ctx.clientId) throw new InvalidActorContextError('a client actor needs its clientId')
  if (ctx.actor !== 'operator' && ctx.actor !== 'public' && !ctx.tenantId) {
    throw new InvalidActorContextError(`a ${ctx.actor} actor needs a tenantId`)
  }
  return ctx
}

/**
 * The statement that opens every tenant transaction: actor role and context in one round trip,
 * all transaction-local (is_local = true) so nothing survives COMMIT or ROLLBACK on a pooled
 * connection. Never plain SET, never session-level settings.
 */
export const contextStatement = (ctx: ActorContext) => sql`select
  set_config('role', ${dbRoleNames[ctx.actor]}, true),
  set_config('app.tenant_id', ${ctx.tenantId ?? ''}, true),
  set_config('app.user_id', ${ctx.userId ?? ''}, true),
  set_config('app.client_id', ${ctx.clientId ?? ''}, true)`

export type WithTenant = <T>(ctx: ActorContext, fn: (tx: Tx) => Promise<T>) => Promise<T>

/**
 * The only door to tenant data: one transaction, the actor's role and context set first, then
 * `fn`. The same code runs on PGlite and on postgres.js.
 */
export const createWithTenant =
  (db: AnyDrizzle): WithTenant =>
  (ctx, fn) => {
    const checked = checkContext(ctx)
    return db.transaction(async (tx) => {
      await tx.execute(contextStatement(checked))
      return fn(tx)
    })
  }
