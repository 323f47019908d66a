import { sql } from 'drizzle-orm'
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { identityPurgeRole, identityRole } from './actor-roles'
import { createdAt, id } from './columns'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'
import { users } from './users'

/**
 * One-time tokens that hand a dev-adapter session over to another host: a person who has just
 * started a business on the platform's site is signed in on the new portal's subdomain without
 * typing a code again (cookies are per host). Only the SHA-256 of the token is kept, so a copy of
 * this table signs nobody in. A token lives 60 seconds, is good once, and only on the portal of
 * `target_tenant_id` (the business it was made for).
 *
 * Not tenant-owned (the row belongs to the identity service, like user_sessions): only the
 * identity service reaches it, before any tenant context exists on the redeeming host, hence a
 * policy of `true` for that one role; its grants (0045) let it insert, read and mark a token
 * consumed. The hourly purge (portail_identity_purge) deletes tokens a day past expiry.
 */
export const sessionTransfers = pgTable(
  'session_transfers',
  {
    id: id().primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The one business whose portal may redeem the token. */
    targetTenantId: uuid('target_tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('session_transfers_user_idx').on(t.userId),
    index('session_transfers_expires_idx').on(t.expiresAt),
    rowPolicy('session_transfers_identity', identityRole, sql`true`),
    rowPolicy('session_transfers_identity_purge', identityPurgeRole, sql`true`),
  ],
)
