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
  /** The tenant acted in; null only for tenant-less work (host resolution, operator lists, `tenantlessActors`). */
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

/** Actors that never act inside a tenant: withTenant refuses them a tenantId. */
export const tenantlessActors: readonly ActorKind[] = [
  'identity',
  'workflowEngine',
  'outboxRelay',
  'mailRelay',
  'smsRelay',
  'deliveryStatus',
  'holdRelease',
  'identityPurge',
  'paymentWebhook',
  'paymentReconcile',
]

function checkContext(ctx: ActorContext): ActorContext {
  const parsed = contextSchema.safeParse(ctx)
  if (!parsed.success) throw new InvalidActorContextError(parsed.error.issues.map((i) => i.path.join('.')).join(', '))
  if (ctx.actor === 'client' && !ctx.clientId) throw new InvalidActorContextError('a client actor needs its clientId')
  // The database checks who they are (checkedContextSql); without a user there is nothing to check.
  if ((ctx.actor === 'client' || ctx.actor === 'staff') && !ctx.userId) {
    throw new InvalidActorContextError(`a ${ctx.actor} actor needs its userId`)
  }
  // The identity service signs people in before any tenant is known, and the engine, relays and
  // provider webhooks work on platform tables for every business at once: none may act inside one.
  if (tenantlessActors.includes(ctx.actor) && ctx.tenantId) {
    throw new InvalidActorContextError(`the ${ctx.actor} actor has no tenant`)
  }
  if (ctx.actor !== 'operator' && ctx.actor !== 'public' && !tenantlessActors.includes(ctx.actor) && !ctx.tenantId) {
    throw new InvalidActorContextError(`a ${ctx.actor} actor needs a tenantId`)
  }
  return ctx
}

/** The context values bound to `contextSql`'s parameters, in order: role, tenant, user, client. */
export type ContextSettings = readonly [role: string, tenantId: string, userId: string, clientId: string]

/** An absent id is the empty string, which every policy's `nullif(current_setting(...), '')` reads as none. */
export const contextSettings = (ctx: ActorContext): ContextSettings => [
  dbRoleNames[ctx.actor],
  ctx.tenantId ?? '',
  ctx.userId ?? '',
  ctx.clientId ?? '',
]

/**
 * The statement that opens every tenant transaction: actor role and context in one statement,
 * all transaction-local (is_local = true) so nothing survives COMMIT or ROLLBACK on a pooled
 * connection. Never plain SET, never session-level settings. The values are bind parameters, so
 * no input can change the statement; on Postgres it is a prepared statement of each connection
 * (no parse or plan per transaction), and goes out in the same write as BEGIN.
 */
export const contextSql =
  "select set_config('role', $1, true), set_config('app.tenant_id', $2, true), " +
  "set_config('app.user_id', $3, true), set_config('app.client_id', $4, true)"

/**
 * The context statement of every staff and client transaction: the same four settings, then
 * `portail_context.check_actor_context()`, which fails the transaction (SQLSTATE 42501) unless
 * the context's user is a member of its tenant (staff) or owns its client row (client). Postgres
 * evaluates a select list left to right, so the check reads the settings the same statement has
 * just made; were that order ever to change, the check would find no context and refuse every
 * staff and client transaction (the identity-binding tests would fail, nothing would leak). The
 * function is the only one the login role may call itself (its schema holds nothing else): its
 * EXECUTE is checked before the role switch. See docs/decisions/identity-binding.md.
 */
export const checkedContextSql = `${contextSql}, portail_context.check_actor_context()`

const checkedRoles: readonly string[] = [dbRoleNames.staff, dbRoleNames.client]

/** Whether a context names a caller the database must check (staff and client contexts). */
export const needsContextCheck = ([role]: ContextSettings) => checkedRoles.includes(role)

/** The opening statement's text for these settings: checked for staff and client, else plain. */
export const contextSqlFor = (settings: ContextSettings) =>
  needsContextCheck(settings) ? checkedContextSql : contextSql

/** `contextSqlFor` as a drizzle statement (the same text once rendered; a unit test holds them equal). */
export const contextStatement = (settings: ContextSettings) => {
  const [role, tenantId, userId, clientId] = settings
  const set = sql`select set_config('role', ${role}, true), set_config('app.tenant_id', ${tenantId}, true), set_config('app.user_id', ${userId}, true), set_config('app.client_id', ${clientId}, true)`
  return needsContextCheck(settings) ? sql`${set}, portail_context.check_actor_context()` : set
}

export type WithTenant = <T>(ctx: ActorContext, fn: (tx: Tx) => Promise<T>) => Promise<T>

/**
 * Runs `fn` in one transaction whose first statement is `contextStatement(settings)`, and ends it with COMMIT when `fn` resolves, ROLLBACK
 * when it throws. Each driver has one (PGlite: drizzle's transaction on its single session;
 * Postgres: `pipelinedTransactions`); both give `fn` a drizzle transaction that has nothing but
 * the context set.
 */
export type ContextTransactions = <T>(settings: ContextSettings, fn: (tx: Tx) => Promise<T>) => Promise<T>

/** Drizzle's own transaction: BEGIN, the context statement, `fn`, COMMIT, each awaited in turn. */
export const drizzleTransactions =
  (db: AnyDrizzle): ContextTransactions =>
  (settings, fn) =>
    db.transaction(async (tx) => {
      await tx.execute(contextStatement(settings))
      return fn(tx)
    })

/**
 * The only door to tenant data: the context checked, then one transaction with the actor's role
 * and context set first, then `fn`. The same check, statement and settings on PGlite and Postgres.
 */
export const createWithTenant =
  (transactions: ContextTransactions): WithTenant =>
  (ctx, fn) =>
    transactions(contextSettings(checkContext(ctx)), fn)
