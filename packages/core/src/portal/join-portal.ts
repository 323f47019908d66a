import { hasNoNameOfTheirOwn } from '@portail/auth'
import type { Database, Tx } from '@portail/db'
import { clients, consentRecords } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { setOwnName } from '../onboarding/set-own-name'
import { currentPrivacyNoticeVersion } from './privacy-notice'

export interface Joiner {
  userId: string
  email: string
  name: string
  locale: 'fr' | 'en' | null
  emailVerified: boolean
  /** Already staff here (from the resolved actor). */
  isStaff: boolean
}

export interface ConsentContext {
  userAgent?: string | null
  ipAddress?: string | null
}

const alreadyJoined = (cause?: unknown) => new DomainError('CONFLICT', 'portal.alreadyJoined', { cause })

/**
 * A signed-in person becomes a client of the business, accepting its current privacy notice. One
 * transaction: the client row (or the link to the record staff already created for this email),
 * the consent record (kind, version, time, user agent and address when known) and the audit entry.
 *
 * Linking rules: an existing client record is linked only when its email equals the person's
 * PROVEN email and it is linked to nobody; a record linked to someone else is never taken over.
 * An unproven email joins nothing (it could otherwise claim, or squat, someone's record).
 *
 * Runs as the tenant's system actor: the person is not a client yet, and a visitor may not read
 * clients (it would have to, to find the record staff created). Every statement is filtered by the
 * tenant from the host and by the proven email, after the checks above.
 */
export async function joinPortal(
  tx: Tx,
  tenantId: string,
  joiner: Joiner,
  input: { privacyNoticeVersion: string; fullName?: string | undefined },
  context: ConsentContext = {},
) {
  if (joiner.isStaff) throw new DomainError('CONFLICT', 'portal.staffMember')
  if (!joiner.emailVerified) throw new DomainError('FORBIDDEN', 'portal.emailUnverified')
  const version = await currentPrivacyNoticeVersion(tx, tenantId)
  if (input.privacyNoticeVersion !== version) {
    throw new DomainError('CONFLICT', 'portal.privacyNoticeChanged', {
      field: 'acceptPrivacyNotice',
      params: { version },
    })
  }
  const [own] = await tx
    .select({ id: clients.id, archivedAt: clients.archivedAt })
    .from(clients)
    .where(and(eq(clients.tenantId, tenantId), eq(clients.userId, joiner.userId)))
  // Agrees with membershipState: an archived record is "closed, contact the business", not joined.
  if (own?.archivedAt) throw new DomainError('CONFLICT', 'portal.recordArchived')
  if (own) throw alreadyJoined()

  const [record] = await tx
    .select({ id: clients.id, userId: clients.userId, archivedAt: clients.archivedAt })
    .from(clients)
    .where(and(eq(clients.tenantId, tenantId), eq(clients.email, joiner.email)))
    .for('update')
  if (record?.userId) throw new DomainError('CONFLICT', 'portal.emailLinkedElsewhere')
  if (record?.archivedAt) throw new DomainError('CONFLICT', 'portal.recordArchived')

  // The name the person just gave comes first; a record staff created keeps the name staff wrote.
  const displayName = (input.fullName ?? joiner.name).trim()
  let clientId: string
  try {
    if (record) {
      await tx
        .update(clients)
        .set({ userId: joiner.userId, updatedAt: new Date() })
        .where(and(eq(clients.tenantId, tenantId), eq(clients.id, record.id)))
      clientId = record.id
    } else {
      const [created] = await tx
        .insert(clients)
        .values({
          tenantId,
          userId: joiner.userId,
          fullName: displayName.length > 0 ? displayName : (joiner.email.split('@')[0] ?? joiner.email),
          email: joiner.email,
          locale: joiner.locale ?? undefined,
        })
        .returning({ id: clients.id })
      if (!created) throw new Error('insert returned no row')
      clientId = created.id
    }
  } catch (error) {
    if (isUniqueViolationOf(error, 'clients_tenant_user_key')) throw alreadyJoined(error)
    if (isUniqueViolationOf(error, 'clients_tenant_email_key'))
      throw new DomainError('CONFLICT', 'portal.emailLinkedElsewhere', { cause: error })
    throw error
  }

  const [consent] = await tx
    .insert(consentRecords)
    .values({
      tenantId,
      clientId,
      userId: joiner.userId,
      kind: 'privacy_notice',
      version,
      userAgent: context.userAgent?.slice(0, 500) ?? null,
      ipAddress: context.ipAddress?.slice(0, 100) ?? null,
    })
    .returning({ acceptedAt: consentRecords.acceptedAt })
  await appendAudit(tx, {
    tenantId,
    actorUserId: joiner.userId,
    actorRole: 'client',
    action: record ? 'client.linked' : 'client.joined',
    entityType: 'client',
    entityId: clientId,
    clientId,
    details: { privacyNoticeVersion: version },
  })
  return {
    clientId,
    linkedExistingRecord: Boolean(record),
    privacyNoticeVersion: version,
    acceptedAt: consent?.acceptedAt ?? null,
  }
}

/**
 * portal.join as the API runs it: the join in one transaction as the tenant's system actor (above),
 * then, when the person gave their name and theirs was still their email's local part, that name
 * as their own (identity actor: a dev user's; under Clerk the name is Clerk's and nothing changes).
 * Two transactions because they are two actors, and PGlite runs one transaction at a time; a
 * failure of the second leaves a joined client whose record already carries the name.
 */
export async function joinPortalAndName(
  database: Database,
  tenantId: string,
  joiner: Joiner,
  input: { privacyNoticeVersion: string; fullName?: string | undefined },
  context: ConsentContext = {},
) {
  const joined = await database.withTenant({ actor: 'system', tenantId, userId: joiner.userId }, (tx) =>
    joinPortal(tx, tenantId, joiner, input, context),
  )
  const fullName = input.fullName
  if (fullName && hasNoNameOfTheirOwn(joiner)) {
    await database.withTenant({ actor: 'identity', tenantId: null, userId: joiner.userId }, (tx) =>
      setOwnName(tx, joiner.userId, fullName),
    )
  }
  return joined
}
