import type { SQL } from 'drizzle-orm'
import { type PgRole, pgPolicy } from 'drizzle-orm/pg-core'

/**
 * Every policy in Portail has the same shape: permissive, FOR ALL, one actor role, and the same
 * predicate for reading (USING) and writing (WITH CHECK), so a row an actor may write is a row it
 * may see and no write can move a row out of its reach. Which commands and columns an actor may
 * use is decided by the grants, not by the policy. One policy per actor role, never an OR.
 */
export const rowPolicy = (name: string, role: PgRole, predicate: SQL) =>
  pgPolicy(name, { as: 'permissive', for: 'all', to: role, using: predicate, withCheck: predicate })
