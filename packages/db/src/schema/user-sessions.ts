import { sql } from 'drizzle-orm'
import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core'
import { identityPurgeRole, identityRole } from './actor-roles'
import { createdAt, id } from './columns'
import { rowPolicy } from './row-policy'
import { users } from './users'

/**
 * Sessions of the dev identity adapter. The cookie carries the session id with an HMAC signature;
 * the row decides whether it is still good (not revoked, not expired), so sign-out and deleting a
 * user end the session at once. Only the identity service reaches it (see sign_in_codes); the
 * hourly purge (portail_identity_purge) deletes sessions that are over (revoked or expired: a
 * trigger refuses the others).
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: id().primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** When this session last confirmed a step-up code: the age sensitive actions check. */
    secondFactorVerifiedAt: timestamp('second_factor_verified_at', { withTimezone: true }),
  },
  (t) => [
    index('user_sessions_user_idx').on(t.userId),
    rowPolicy('user_sessions_identity', identityRole, sql`true`),
    rowPolicy('user_sessions_identity_purge', identityPurgeRole, sql`true`),
  ],
)
