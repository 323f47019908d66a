import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
  sql,
} from 'drizzle-orm'
import { PgDatabase, PgDialect, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { PostgresJsSession } from 'drizzle-orm/postgres-js/session'
import type postgres from 'postgres'
import * as schema from '../schema'
import { type ContextSettings, type ContextTransactions, contextSqlFor, type Schema, type Tx } from '../with-tenant'

/** No pooled connection came free in time: every one is held by a tenant transaction. */
export class ConnectionAcquireTimeoutError extends Error {
  constructor(
    readonly waitedMs: number,
    readonly poolSize: number,
  ) {
    super(
      `No database connection came free within ${waitedMs} ms: all ${poolSize} are held by tenant transactions ` +
        '(raise DATABASE_POOL_MAX, or look for slow transactions)',
    )
    this.name = 'ConnectionAcquireTimeoutError'
  }
}

/** drizzle reached for something other than `unsafe` on the connection: this driver would not see it. */
export class UnsupportedDrizzleCallError extends Error {
  constructor(readonly member: string) {
    super(
      `drizzle called '${member}' on a tenant transaction's connection; pipelinedTransactions supports only ` +
        "'unsafe' (drizzle-orm is pinned to an exact version for this reason: see docs/decisions/with-tenant.md)",
    )
    this.name = 'UnsupportedDrizzleCallError'
  }
}

/** A query issued through a tenant transaction after it ended: it would run in whatever comes next. */
export class TransactionEndedError extends Error {
  constructor() {
    super('This tenant transaction has ended; a query was issued through it afterwards')
    this.name = 'TransactionEndedError'
  }
}

type Relations = ExtractTablesWithRelations<Schema>
// What drizzle() derives from the schema once per connection, derived once here for every transaction.
const dialect = new PgDialect()
const tables = extractTablesRelationalConfig<Relations>(schema, createTableRelationsHelpers)
const schemaConfig = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap }
type Session = PostgresJsSession<postgres.Sql, Schema, Relations>

/** Drizzle's transaction over one reserved connection; nested transactions are savepoints. */
class ReservedTransaction extends PgTransaction<PgQueryResultHKT, Schema, Relations> {
  constructor(
    private readonly reservedSession: Session,
    nestedIndex = 0,
  ) {
    // Drizzle builds a relational query builder for every table of the schema in this constructor
    // (about 20 us a transaction for our 24 tables, measured); no tenant transaction uses them
    // today, so they are built on first use of `tx.query` instead.
    super(dialect, reservedSession, undefined, nestedIndex)
    Object.defineProperty(this, 'query', {
      configurable: true,
      get: () => {
        const { query } = new PgDatabase(dialect, reservedSession, schemaConfig)
        Object.defineProperty(this, 'query', { value: query })
        return query
      },
    })
  }

  override async transaction<T>(
    fn: (tx: PgTransaction<PgQueryResultHKT, Schema, Relations>) => Promise<T>,
  ): Promise<T> {
    const savepoint = `sp${this.nestedIndex + 1}`
    const nested = new ReservedTransaction(this.reservedSession, this.nestedIndex + 1)
    await nested.execute(sql.raw(`savepoint ${savepoint}`))
    try {
      const result = await fn(nested)
      await nested.execute(sql.raw(`release savepoint ${savepoint}`))
      return result
    } catch (error) {
      await nested.execute(sql.raw(`rollback to savepoint ${savepoint}`))
      throw error
    }
  }
}

const connectionLost = (error: unknown) =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('CONNECT')

/** How many transactions in a row one connection may serve by hand-over before the pool's turn. */
const maxHandOvers = 32

interface Waiter {
  resolve: (reserved: postgres.ReservedSql) => void
  reject: (error: unknown) => void
}

export interface PipelinedOptions {
  /** Run statements with parameters as prepared statements of their connection. */
  prepare?: boolean
  /** How long a transaction waits for a connection before ConnectionAcquireTimeoutError. */
  acquireTimeoutMs?: number
  /**
   * How many distinct statement texts are prepared; later new texts run unprepared. Postgres keeps
   * each prepared statement for its connection's life, and drizzle writes one text per list
   * length (`in ($1, $2, …)`), so without a bound a connection's statements grow with its inputs.
   */
  maxPreparedStatements?: number
}

/** drizzle's session calls only these members of the client it is given (drizzle-orm 0.45.4). */
const drizzleUses = new Set<PropertyKey>(['unsafe'])

/**
 * Tenant transactions on a postgres.js pool, in fewer round trips.
 *
 * drizzle's transaction (postgres.js `begin`) awaits BEGIN, then the context statement, then each
 * query, then COMMIT: five writes and waits for a one-query read whose plain form costs two
 * (postgres.js describes a parameterised statement before running it). Here, on a reserved
 * connection, BEGIN, the context statement (prepared once per connection, so no parse or plan)
 * and `fn`'s first query leave in one write; `pnpm bench` measures the gain.
 *
 * Every statement with parameters is a prepared statement of its connection (`prepare`, on unless
 * a pooler in front of Postgres cannot keep them): after its first run it is neither parsed nor
 * planned again, and it leaves as Bind + Execute without postgres.js first asking the server to
 * describe it, so a one-query read is one round trip. postgres.js keeps them per connection for
 * the connection's life (at most an hour: `max_lifetime`), one per distinct statement text.
 *
 * COMMIT: when another tenant transaction is waiting for a connection, this one's connection goes
 * to it directly, still reserved, with COMMIT already queued on it; the next BEGIN is queued after
 * it on the same connection, so both leave in one write and Postgres ends this transaction before
 * the next begins. The caller still gets its result only once COMMIT has answered. With nobody
 * waiting, the connection goes back to the pool once COMMIT has answered. It never goes back to
 * the pool earlier: postgres.js hands a query to its connection a microtask after `execute()`, so
 * a connection released with COMMIT merely queued could run a pooled query inside this
 * transaction (test/pool-leak.test.ts caught exactly that). A failed COMMIT ends the transaction
 * too. A lost connection is not handed back to the pool.
 *
 * At most the pool's size of connections are held for tenant transactions; the others wait here
 * for a handed-over connection or a free slot.
 */
export function pipelinedTransactions(
  client: postgres.Sql,
  { prepare = true, acquireTimeoutMs = 10_000, maxPreparedStatements = 500 }: PipelinedOptions = {},
): ContextTransactions {
  const limit = client.options.max
  let held = 0
  const waiting: Waiter[] = []
  // Process-wide, so no connection of the pool ever holds more than this many of ours.
  const preparedTexts = new Set<string>()
  const mayPrepare = (query: string) => {
    if (preparedTexts.has(query)) return true
    if (preparedTexts.size >= maxPreparedStatements) return false
    preparedTexts.add(query)
    return true
  }
  // Transactions a connection has served in a row by hand-over. Past the bound it goes back to
  // the pool, whose own queue (the health check's `select 1`, say) would otherwise wait for as
  // long as tenant transactions keep arriving.
  const servedInARow = new WeakMap<postgres.ReservedSql, number>()

  const reserveHeld = (): Promise<postgres.ReservedSql> =>
    client.reserve().catch((error: unknown) => {
      freeSlot()
      throw error
    })
  function freeSlot() {
    held -= 1
    const next = waiting.shift()
    if (!next) return
    held += 1
    reserveHeld().then(next.resolve, next.reject)
  }
  const acquire = (): Promise<postgres.ReservedSql> => {
    if (held < limit) {
      held += 1
      return reserveHeld()
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve(reserved) {
          clearTimeout(timer)
          resolve(reserved)
        },
        reject(error) {
          clearTimeout(timer)
          reject(error instanceof Error ? error : new Error(String(error)))
        },
      }
      const timer = setTimeout(() => {
        const index = waiting.indexOf(waiter)
        if (index >= 0) waiting.splice(index, 1)
        reject(new ConnectionAcquireTimeoutError(acquireTimeoutMs, limit))
      }, acquireTimeoutMs)
      waiting.push(waiter)
    })
  }

  return async <T>(settings: ContextSettings, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    const reserved = await acquire()
    let ended = false
    // drizzle only ever calls `unsafe`; a query issued after the end would run in the next
    // transaction on this connection, so it fails instead. Any other method drizzle reaches for
    // (a newer drizzle's session) fails loudly rather than running outside this driver's control.
    const guarded = new Proxy(reserved, {
      get(target, key, receiver) {
        const member = Reflect.get(target, key, receiver) as unknown
        if (!drizzleUses.has(key)) {
          if (typeof member === 'function') throw new UnsupportedDrizzleCallError(String(key))
          return member
        }
        return (
          query: string,
          parameters?: postgres.ParameterOrJSON<never>[],
          options?: postgres.UnsafeQueryOptions,
        ) => {
          if (ended) throw new TransactionEndedError()
          const prepared = prepare && mayPrepare(query)
          return target.unsafe(query, parameters, prepared ? { ...options, prepare: true } : options)
        }
      },
    })
    /** COMMIT or ROLLBACK; then the connection to a waiting transaction, or back to the pool. */
    const end = async (statement: 'commit' | 'rollback') => {
      ended = true
      const query = reserved.unsafe(statement)
      void query.execute()
      const inARow = (servedInARow.get(reserved) ?? 0) + 1
      const next = statement === 'commit' && inARow < maxHandOvers ? waiting.shift() : undefined
      if (next) {
        servedInARow.set(reserved, inARow)
        next.resolve(reserved)
        await query
        return
      }
      try {
        await query
      } catch (error) {
        if (!connectionLost(error)) reserved.release()
        freeSlot()
        throw error
      }
      servedInARow.delete(reserved)
      reserved.release()
      freeSlot()
    }

    // Dispatched in this order before `fn` can issue anything, so they share its first write.
    const begin = reserved.unsafe('begin')
    void begin.execute()
    const context = reserved.unsafe(contextSqlFor(settings), [...settings], { prepare: true })
    void context.execute()
    const opened = Promise.all([begin, context])
    const running = (async () => fn(new ReservedTransaction(new PostgresJsSession(guarded, dialect, schemaConfig))))()
    const [openedOutcome, ranOutcome] = await Promise.allSettled([opened, running])
    // The context failing is the cause; `fn`'s own error would then only say the transaction aborted.
    const failure =
      openedOutcome.status === 'rejected' ? openedOutcome : ranOutcome.status === 'rejected' ? ranOutcome : null
    if (failure || ranOutcome.status === 'rejected') {
      await end('rollback').catch(() => undefined)
      throw failure?.reason
    }
    await end('commit')
    return ranOutcome.value
  }
}
