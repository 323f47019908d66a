import type postgres from 'postgres'

/**
 * The pool as a baseline reads through it: every statement with parameters prepared on its
 * connection, as tenant transactions run theirs (`pipelinedTransactions`), so a ratio compares
 * the same protocol on both sides and measures only what isolation adds.
 */
export const preparingPool = (pool: postgres.Sql): postgres.Sql =>
  new Proxy(pool, {
    get(target, key, receiver) {
      if (key !== 'unsafe') return Reflect.get(target, key, receiver) as unknown
      return (query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
        target.unsafe(query, parameters, { ...options, prepare: true })
    },
  })
