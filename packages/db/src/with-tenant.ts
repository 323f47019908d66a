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
  /** The tenant acted in; null only for tenant-less work (host resolution, operator lists, identity). */
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
  // The identity service signs people in before any tenant is known and must never act inside one.
  if (ctx.actor === 'identity' && ctx.tenantId) throw new InvalidActorContextError('the identity actor has no tenant')
  if (ctx.actor !== 'operator' && ctx.actor !== 'public' && ctx.actor !== 'identity' && !ctx.tenantId) {
    throw new InvalidActorContextError(`a ${ctx.actor} actor needs a tenantId`)
  }
  return ctx
}

const uuidLiteral = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A context value as a SQL literal; only UUIDs (or nothing) can get here, checked again now. */
function contextLiteral(value: string | null | undefined): string {
  if (!value) return "''"
  if (!uuidLiteral.test(value)) throw new InvalidActorContextError('context ids must be UUIDs')
  return `'${value}'`
}

/**
 * The statement that opens every tenant transaction: actor role and context in one statement,
 * all transaction-local (is_local = true) so nothing survives COMMIT or ROLLBACK on a pooled
 * connection. Never plain SET, never session-level settings.
 *
 * It carries literals rather than bind parameters on purpose: a statement without parameters goes
 * out in one simple-protocol message, where a parameterised one costs postgres.js a Describe round
 * trip first (measured by `pnpm bench`). That is safe only because every value is either a role
 * name from our own table or a UUID re-checked by `contextLiteral` right here.
 */
export const contextStatement = (ctx: ActorContext) =>
  sql.raw(
    `select set_config('role', '${dbRoleNames[ctx.actor]}', true), ` +
      `set_config('app.tenant_id', ${contextLiteral(ctx.tenantId)}, true), ` +
      `set_config('app.user_id', ${contextLiteral(ctx.userId)}, true), ` +
      `set_config('app.client_id', ${contextLiteral(ctx.clientId)}, true)`,
  )

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
