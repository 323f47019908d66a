import { type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Database } from '../../src/connection/database'
import { pgErrorCode } from '../../src/db-errors'
import type { ActorContext, Tx } from '../../src/with-tenant'

/**
 * postgres.js returns the rows as an array, PGlite as `{ rows }`: tests read both the same way.
 */
export function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows
  throw new Error('unexpected query result shape')
}

export async function queryRows<T extends z.ZodType>(tx: Tx, schema: T, statement: SQL): Promise<z.infer<T>[]> {
  return z.array(schema).parse(rowsOf(await tx.execute(statement)))
}

/** Catalogs are readable by every role, so the app reads them as a visitor with no tenant. */
export const catalogContext: ActorContext = { actor: 'public', tenantId: null }

export const readCatalog = <T extends z.ZodType>(app: Database, schema: T, statement: SQL) =>
  app.withTenant(catalogContext, (tx) => queryRows(tx, schema, statement))

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string | undefined; message: string }

/** Runs a statement that may be refused, keeping the SQLSTATE instead of throwing. */
export async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, code: pgErrorCode(error), message: error instanceof Error ? error.message : String(error) }
  }
}

export const insufficientPrivilege = '42501'

/** Refused by a grant (permission denied) or by a policy (new row violates row-level security). */
export const isRefused = (outcome: Outcome<unknown>) => !outcome.ok && outcome.code === insufficientPrivilege

export const describeOutcome = (outcome: Outcome<unknown>) =>
  outcome.ok ? `succeeded with ${JSON.stringify(outcome.value)}` : `failed with ${outcome.code ?? 'no code'}: ${outcome.message}`
