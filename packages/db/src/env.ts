import { z } from 'zod'

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL')

const schema = z.object({
  /** The app's login role (portail_app). Unset: the embedded PGlite database. */
  DATABASE_URL: postgresUrl.optional(),
  /** Owner/admin connection for migrations and seed. Defaults to DATABASE_URL. */
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  /** Embedded database folder, or memory:// for a throwaway one. */
  PGLITE_DATA_DIR: z.string().trim().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a tenant transaction waits for a free pooled connection before failing (ms). */
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * 1: tenant transactions run their statements as prepared statements of each connection (no
   * parse or plan after the first run, one round trip less). 0 for a pooler in transaction mode
   * that cannot keep them (PgBouncer before 1.21, or without max_prepared_statements).
   */
  DATABASE_PREPARED_STATEMENTS: z
    .enum(['0', '1'], { message: 'must be 0 or 1' })
    .default('1')
    .transform((value) => value === '1'),
})

export type DbEnv = z.infer<typeof schema>

/**
 * Reads and validates the database configuration. A malformed variable stops the process with a
 * message naming it rather than failing on first query.
 */
export function readDbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const empty = (value: string | undefined) => (value === '' ? undefined : value)
  const parsed = schema.safeParse({
    DATABASE_URL: empty(source.DATABASE_URL),
    DATABASE_MIGRATION_URL: empty(source.DATABASE_MIGRATION_URL),
    PGLITE_DATA_DIR: empty(source.PGLITE_DATA_DIR),
    DATABASE_POOL_MAX: empty(source.DATABASE_POOL_MAX),
    DATABASE_ACQUIRE_TIMEOUT_MS: empty(source.DATABASE_ACQUIRE_TIMEOUT_MS),
    DATABASE_PREPARED_STATEMENTS: empty(source.DATABASE_PREPARED_STATEMENTS),
  })
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid database configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}
