import { sql } from 'drizzle-orm'
import { customType, timestamp, uuid } from 'drizzle-orm/pg-core'

/** Case-insensitive text (emails, slugs) from the citext extension. */
export const citext = customType<{ data: string }>({ dataType: () => 'citext' })

/** UUIDv7 primary id, generated in the database so raw SQL inserts get one too. */
export const id = () =>
  uuid('id')
    .notNull()
    .default(sql`portail_uuidv7()`)

export const tenantId = () => uuid('tenant_id').notNull()

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
