import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
  sql,
} from 'drizzle-orm'
import { PgDialect, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { PostgresJsSession } from 'drizzle-orm/postgres-js/session'
import type postgres from 'postgres'
import * as schema from '../schema'
import { type ContextSettings, type ContextTransactions, contextSql, type Schema, type Tx } from '../with-tenant'

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
    super(dialect, reservedSession, schemaConfig, nestedIndex)
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

/**
 * Tenant transactions on a postgres.js pool, in fewer round trips.
 *
 * drizzle's transaction (postgres.js `begin`) awaits BEGIN, then the context statement, then each
 * query, then COMMIT: five writes and waits for a one-query read whose plain form costs two
 * (postgres.js describes a parameterised statement before running it). Here, on a reserved
 * connection, BEGIN, the context statement (prepared once per connection, so no parse or plan)
 * and `fn`'s first query leave in one write; `pnpm bench` measures the gain.
 *
 * The connection goes back to the pool only once COMMIT or ROLLBACK has answered: postgres.js
 * hands a query to its connection a microtask after `execute()`, so a connection released
 * earlier could run someone else's query inside this transaction (test/pool-leak.test.ts caught
 * exactly that when COMMIT was queued and the connection released at once). A failed COMMIT ends
 * the transaction too. A connection lost on the way is not handed back.
 */
export function pipelinedTransactions(client: postgres.Sql): ContextTransactions {
  return async <T>(settings: ContextSettings, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    const reserved = await client.reserve()
    let ended = false
    // drizzle only ever calls `unsafe`; a query issued after the end would run in the next
    // transaction on this connection, so it fails instead.
    const guarded = new Proxy(reserved, {
      get(target, key, receiver) {
        if (key !== 'unsafe') return Reflect.get(target, key, receiver) as unknown
        return (...args: Parameters<postgres.ReservedSql['unsafe']>) => {
          if (ended) throw new TransactionEndedError()
          return target.unsafe(...args)
        }
      },
    })
    /** COMMIT or ROLLBACK, then the connection back to the pool unless it was lost. */
    const end = async (statement: 'commit' | 'rollback') => {
      ended = true
      try {
        await reserved.unsafe(statement)
      } catch (error) {
        if (!connectionLost(error)) reserved.release()
        throw error
      }
      reserved.release()
    }

    // Dispatched in this order before `fn` can issue anything, so they share its first write.
    const begin = reserved.unsafe('begin')
    void begin.execute()
    const context = reserved.unsafe(contextSql, [...settings], { prepare: true })
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
