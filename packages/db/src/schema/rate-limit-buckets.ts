import { sql } from 'drizzle-orm'
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { identityPurgeRole, identityRole } from './actor-roles'
import { rowPolicy } from './row-policy'

/**
 * Fixed-window counters of the rate limiter (sign-in codes per email and per IP, public
 * endpoints per IP) when no Redis is configured. The key is a SHA-256 of the limited thing, so
 * the table holds no email or IP address in clear.
 *
 * - global, like the sign-in codes: the limits apply before any tenant or person is known, so only
 *   the identity service reaches it, with a policy of `true` for that one role;
 * - the identity actor may DELETE: expired buckets are dead weight and a reset is part of the
 *   limiter's contract (a successful sign-in may clear its own bucket); the hourly purge
 *   (portail_identity_purge) deletes the expired ones.
 */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  () => [
    rowPolicy('rate_limit_buckets_identity', identityRole, sql`true`),
    rowPolicy('rate_limit_buckets_identity_purge', identityPurgeRole, sql`true`),
  ],
)
