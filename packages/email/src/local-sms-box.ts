import type { Database } from '@portail/db'
import { smsOutbox } from '@portail/db/schema'
import { desc } from 'drizzle-orm'

/** One text message as the dev mailbox page shows it. */
export interface LocalSms {
  id: string
  to: string
  body: string
  kind: string
  locale: 'fr' | 'en'
  segments: number
  status: 'pending' | 'sent' | 'failed'
  createdAt: Date
}

/**
 * Every queued text message, newest first, for the dev mailbox page beside the mail (embedded
 * default only, like listLocalMailbox). Read as the identity actor, which the SMS outbox lets read
 * for this page.
 */
export function listLocalSms(database: Database, options: { limit?: number } = {}): Promise<LocalSms[]> {
  return database.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({
        id: smsOutbox.id,
        to: smsOutbox.toPhone,
        body: smsOutbox.body,
        kind: smsOutbox.kind,
        locale: smsOutbox.locale,
        segments: smsOutbox.segments,
        status: smsOutbox.status,
        createdAt: smsOutbox.createdAt,
      })
      .from(smsOutbox)
      .orderBy(desc(smsOutbox.createdAt), desc(smsOutbox.id))
      .limit(options.limit ?? 50),
  )
}
