import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { identityRole } from './actor-roles'
import { citext, createdAt, id } from './columns'
import { rowPolicy } from './row-policy'

/**
 * One-time sign-in codes of the dev identity adapter. Only an HMAC of the code is kept, so a copy
 * of this table signs nobody in. Not tenant-owned: a person signs in before any tenant is known.
 *
 * - only the identity service reaches it, and it has no context to narrow by (it acts before
 *   anybody is signed in), hence a policy of `true` for that one role and no policy for others;
 * - rows are never deleted by the app (no DELETE grant): a clean-up job can come later.
 */
export const signInCodes = pgTable(
  'sign_in_codes',
  {
    id: id().primaryKey(),
    email: citext('email').notNull(),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_in_codes_email_idx').on(t.email, t.createdAt.desc()),
    rowPolicy('sign_in_codes_identity', identityRole, sql`true`),
  ],
)
