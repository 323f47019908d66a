import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { AdminConnection } from '../admin/admin-connection'
import { migrationsFolder } from '../connection/workspace-paths'

const journalSchema = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number() })) })

export type JournalEntry = z.infer<typeof journalSchema>['entries'][number]

export function readJournal(folder = migrationsFolder()): JournalEntry[] {
  return journalSchema.parse(JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'))).entries
}

async function queryRows<T>(admin: AdminConnection, text: string): Promise<T[]> {
  if (admin.driver === 'pglite') return (await admin.client.query<T>(text)).rows
  return [...(await admin.sql.unsafe<T[]>(text))]
}

/**
 * The `when` of the last migration applied, from drizzle's own bookkeeping table: its migrator
 * applies every journal entry newer than that, so this tells what a run did or what is pending.
 * Null on a database never migrated.
 */
export async function lastAppliedMigration(admin: AdminConnection): Promise<number | null> {
  const [table] = await queryRows<{ name: string | null }>(
    admin,
    `select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  )
  if (!table?.name) return null
  const [row] = await queryRows<{ last: string | null }>(
    admin,
    'select max(created_at)::text as last from drizzle.__drizzle_migrations',
  )
  return row?.last ? Number(row.last) : null
}

export const newerThan = (entries: readonly JournalEntry[], last: number | null) =>
  entries.filter((entry) => last === null || entry.when > last)
