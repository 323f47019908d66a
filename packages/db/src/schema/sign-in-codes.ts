import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { identityPurgeRole, identityRole } from './actor-roles'
import { citext, createdAt, id } from './columns'
import { codePurposeEnum } from './enums'
import { rowPolicy } from './row-policy'

/**
 * One-time sign-in codes of the dev identity adapter. Only an HMAC of the code is kept, so a copy
 * of this table signs nobody in. Not tenant-owned: a person signs in before any tenant is known.
 *
 * - only the identity service reaches it, and it has no context to narrow by (it acts before
 *   anybody is signed in), hence a policy of `true` for that one role and no policy for others;
 * - a `step-up` code confirms a sensitive action inside the session it was sent for (`session_id`)
 *   and can never open a session; a `sign-in` code has no session;
 * - only the hourly purge (portail_identity_purge) deletes, and only codes more than a day past
 *   expiry (a trigger refuses the others), so a live code's wrong-try count can never be reset by
 *   deleting it; the identity actor itself deletes nothing.
 */
export const signInCodes = pgTable(
  'sign_in_codes',
  {
    id: id().primaryKey(),
    email: citext('email').notNull(),
    purpose: codePurposeEnum('purpose').notNull().default('sign-in'),
    /**
     * The session a step-up code confirms. No foreign key: verifying re-reads the live session
     * anyway, and the purge removes sessions and codes each on their own schedule.
     */
    sessionId: uuid('session_id'),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_in_codes_email_idx').on(t.email, t.createdAt.desc()),
    index('sign_in_codes_session_idx').on(t.sessionId, t.createdAt.desc()),
    rowPolicy('sign_in_codes_identity', identityRole, sql`true`),
    rowPolicy('sign_in_codes_identity_purge', identityPurgeRole, sql`true`),
  ],
)
