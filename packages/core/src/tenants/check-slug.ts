import type { Tx } from '@portail/db'
import { slugShape } from '@portail/validators'
import { sql } from 'drizzle-orm'

export type SlugAvailability = 'available' | 'taken' | 'reserved' | 'invalid'

/**
 * What someone starting a business hears about the address they typed, as they type it. Runs in
 * an identity-actor transaction (signed in, no tenant) through portail_private.slug_is_taken,
 * which answers yes or no and says nothing about the business holding the slug.
 */
export async function checkSlug(tx: Tx, rawSlug: string): Promise<{ slug: string; availability: SlugAvailability }> {
  const slug = rawSlug.trim().toLowerCase()
  const shape = slugShape(slug)
  if (shape !== 'valid') return { slug, availability: shape }
  const [row] = await tx
    .select({ taken: sql<boolean>`t.taken` })
    .from(sql`portail_private.slug_is_taken(${slug}) as t(taken)`)
  return { slug, availability: row?.taken ? 'taken' : 'available' }
}
