import { sql } from 'drizzle-orm'
import { check, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { clerkSyncRole } from './actor-roles'
import { rowPolicy } from './row-policy'

/**
 * What Clerk removed, so that a late or retried event cannot bring it back: a membership removed at
 * Clerk's `removed_at` refuses membership data that is not newer; a deleted organization refuses a
 * tenant for it (Clerk never reuses an organization id). Deleted users need no row here: their
 * anonymised users row is their tombstone.
 *
 * - global, reached only by the Clerk sync functions (portail_clerk_sync), never by an actor.
 */
export const clerkTombstones = pgTable(
  'clerk_tombstones',
  {
    kind: text('kind').notNull(),
    /** `<org id> <user id>` for a membership, the org id for an organization. */
    key: text('key').notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'clerk_tombstones_pkey', columns: [t.kind, t.key] }),
    check('clerk_tombstones_kind', sql`${t.kind} in ('membership', 'organization')`),
    rowPolicy('clerk_tombstones_clerk_sync', clerkSyncRole, sql`true`),
  ],
)
