import { randomUUID } from 'node:crypto'
import type { Database } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { loggerFor } from '@portail/logger'
import type { FileStorage } from '@portail/storage'
import { eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { inspectLogo, type LogoContentType, logoContentTypes } from './logo-image'

export interface TenantLogoDeps {
  database: Database
  storage: FileStorage
}

/** The logo a portal shows: its version names it in URLs (a new logo, a new URL). */
export interface TenantLogo {
  version: number
  contentType: LogoContentType
}

/** A logo's file: a fresh key per upload, so a replaced logo never overwrites the one being served. */
const logoKey = (tenantId: string) => `tenants/${tenantId}/logo/${randomUUID()}`

const log = loggerFor('tenant-logo')

const asStaff = (staff: StaffActor) => ({ actor: 'staff' as const, tenantId: staff.tenantId, userId: staff.userId })

/**
 * Removing a file the row no longer names. A failure leaves an orphan file nobody can reach (its
 * key was random and is forgotten), which is harmless, so it is logged rather than failing a
 * change that has already committed.
 */
async function discard(storage: FileStorage, key: string) {
  try {
    await storage.delete(key)
  } catch (error) {
    log.error({ err: error, key }, 'could not delete a replaced logo file; it is left orphaned')
  }
}

/**
 * Staff (settings.write) set the business's logo. The bytes decide what the file is (PNG, JPEG or
 * WebP, at most 1 MB, sane dimensions); a refusal stores nothing. The file is stored first, then
 * the row points at it in one transaction with the audit entry; only after that commit is the
 * previous logo's file deleted, so a failure at any step leaves the current logo served.
 */
export async function setTenantLogo(deps: TenantLogoDeps, staff: StaffActor, bytes: Uint8Array): Promise<TenantLogo> {
  const image = await inspectLogo(bytes)
  const key = logoKey(staff.tenantId)
  await deps.storage.put(key, bytes, { contentType: image.contentType })
  let committed: { previousKey: string | null; version: number }
  try {
    committed = await deps.database.withTenant(asStaff(staff), async (tx) => {
      // Locked, so two uploads at once each see the other's file as the one they replace.
      const [row] = await tx
        .select({ key: tenants.logoKey })
        .from(tenants)
        .where(eq(tenants.id, staff.tenantId))
        .for('update')
      if (!row) throw new DomainError('NOT_FOUND', 'tenant.notFound')
      const [updated] = await tx
        .update(tenants)
        .set({
          logoKey: key,
          logoContentType: image.contentType,
          logoVersion: sql`${tenants.logoVersion} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(tenants.id, staff.tenantId))
        .returning({ version: tenants.logoVersion })
      if (!updated) throw new DomainError('NOT_FOUND', 'tenant.notFound')
      await appendAudit(tx, {
        tenantId: staff.tenantId,
        actorUserId: staff.userId,
        actorRole: staff.role,
        action: row.key ? 'tenant.logo_replaced' : 'tenant.logo_added',
        entityType: 'tenant',
        entityId: staff.tenantId,
        clientId: null,
        details: { contentType: image.contentType, width: String(image.width), height: String(image.height) },
      })
      return { previousKey: row.key, version: updated.version }
    })
  } catch (error) {
    // The row never named the new file: nothing would ever serve or delete it.
    await discard(deps.storage, key)
    throw error
  }
  if (committed.previousKey) await discard(deps.storage, committed.previousKey)
  return { version: committed.version, contentType: image.contentType }
}

/**
 * Staff (settings.write) remove the logo: the portal falls back to the business's name and colour.
 * Idempotent: with no logo, nothing changes and nothing is audited.
 */
export async function removeTenantLogo(deps: TenantLogoDeps, staff: StaffActor): Promise<{ removed: boolean }> {
  const previousKey = await deps.database.withTenant(asStaff(staff), async (tx) => {
    const [row] = await tx
      .select({ key: tenants.logoKey })
      .from(tenants)
      .where(eq(tenants.id, staff.tenantId))
      .for('update')
    if (!row) throw new DomainError('NOT_FOUND', 'tenant.notFound')
    if (!row.key) return null
    await tx
      .update(tenants)
      .set({ logoKey: null, logoContentType: null, updatedAt: sql`now()` })
      .where(eq(tenants.id, staff.tenantId))
    await appendAudit(tx, {
      tenantId: staff.tenantId,
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: 'tenant.logo_removed',
      entityType: 'tenant',
      entityId: staff.tenantId,
      clientId: null,
    })
    return row.key
  })
  if (previousKey) await discard(deps.storage, previousKey)
  return { removed: previousKey !== null }
}

const isLogoType = (value: string | null): value is LogoContentType => logoContentTypes.some((type) => type === value)

/**
 * The current logo of the tenant in context with its bytes, read as a visitor (the logo is public),
 * or null when it has none. Only a type from the accepted list is ever returned as the one to
 * serve it with.
 */
export async function readTenantLogo(
  deps: TenantLogoDeps,
  tenantId: string,
): Promise<(TenantLogo & { bytes: Uint8Array }) | null> {
  const [row] = await deps.database.withTenant({ actor: 'public', tenantId }, (tx) =>
    tx
      .select({ key: tenants.logoKey, contentType: tenants.logoContentType, version: tenants.logoVersion })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
  )
  if (!row?.key || !isLogoType(row.contentType)) return null
  const file = await deps.storage.get(row.key)
  if (!file) return null
  return { version: row.version, contentType: row.contentType, bytes: file.bytes }
}
