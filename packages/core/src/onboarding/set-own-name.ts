import type { Tx } from '@portail/db'
import { users } from '@portail/db/schema'
import { eq, sql } from 'drizzle-orm'

/**
 * The signed-in person's own name, as they gave it at first sign-in (it was their email's local
 * part). Runs as the identity actor, whose policy reaches only the dev adapter's users: under
 * Clerk the name is Clerk's (its sync keeps it), and this changes no row. Returns whether a row
 * changed.
 */
export async function setOwnName(tx: Tx, userId: string, name: string): Promise<boolean> {
  const changed = await tx
    .update(users)
    .set({ name, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id })
  return changed.length > 0
}
