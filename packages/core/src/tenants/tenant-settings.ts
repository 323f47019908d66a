import type { Tx } from '@portail/db'
import { type ServiceAddress, tenants } from '@portail/db/schema'
import type { TTenantSettingsPatch } from '@portail/validators'
import { eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { fieldsThatDiffer } from '../audit/fields-that-differ'
import { DomainError } from '../errors'

/** The business's profile as its staff see and change it in the admin settings. */
export interface TenantSettings {
  name: string
  slug: string
  timeZone: string
  defaultLocale: 'fr' | 'en'
  primaryColor: string | null
  descriptionFr: string | null
  descriptionEn: string | null
  privacyOfficer: { name: string; email: string } | null
  /** How visitors reach the business (its public page): the phone in E.164, a postal address. */
  contactPhone: string | null
  contactAddress: ServiceAddress | null
  /** The current logo's version (its URL), null when there is none. */
  logoVersion: number | null
  updatedAt: Date
}

export async function getTenantSettings(tx: Tx, ctx: Pick<StaffActor, 'tenantId'>): Promise<TenantSettings> {
  const [row] = await tx
    .select({
      name: tenants.name,
      slug: tenants.slug,
      timeZone: tenants.timeZone,
      defaultLocale: tenants.defaultLocale,
      branding: tenants.branding,
      descriptionFr: tenants.descriptionFr,
      descriptionEn: tenants.descriptionEn,
      officerName: tenants.privacyOfficerName,
      officerEmail: tenants.privacyOfficerEmail,
      contactPhone: tenants.contactPhone,
      contactAddress: tenants.contactAddress,
      logoKey: tenants.logoKey,
      logoVersion: tenants.logoVersion,
      updatedAt: tenants.updatedAt,
    })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId))
  if (!row) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  return {
    name: row.name,
    slug: row.slug,
    timeZone: row.timeZone,
    defaultLocale: row.defaultLocale,
    primaryColor: row.branding.primaryColor ?? null,
    descriptionFr: row.descriptionFr,
    descriptionEn: row.descriptionEn,
    privacyOfficer:
      row.officerName !== null && row.officerEmail !== null ? { name: row.officerName, email: row.officerEmail } : null,
    contactPhone: row.contactPhone,
    contactAddress: row.contactAddress,
    logoVersion: row.logoKey === null ? null : row.logoVersion,
    updatedAt: row.updatedAt,
  }
}

/**
 * Staff (settings.write) change the business's name, description in each language, time zone,
 * default language, colour, privacy officer and public contact (phone, address); the logo has its
 * own functions, tenant-logo.ts. Audited as tenant.settings_updated with the names of the fields
 * whose value changed (a save that changed nothing writes nothing). The colour is merged into
 * branding so a logo set elsewhere stays.
 */
export async function updateTenantSettings(tx: Tx, ctx: StaffActor, input: TTenantSettingsPatch) {
  // An emptied description is no description.
  const emptyAsNull = (text: string | null | undefined) => (text === '' ? null : text)
  const patch: TTenantSettingsPatch = {
    ...input,
    descriptionFr: emptyAsNull(input.descriptionFr),
    descriptionEn: emptyAsNull(input.descriptionEn),
  }
  const before = await getTenantSettings(tx, ctx)
  const fields = fieldsThatDiffer({ ...before }, { ...patch })
  if (fields.length === 0) return before
  const set: Partial<typeof tenants.$inferInsert> = {}
  if (patch.name !== undefined) set.name = patch.name
  if (patch.timeZone !== undefined) set.timeZone = patch.timeZone
  if (patch.defaultLocale !== undefined) set.defaultLocale = patch.defaultLocale
  if (patch.descriptionFr !== undefined) set.descriptionFr = patch.descriptionFr
  if (patch.descriptionEn !== undefined) set.descriptionEn = patch.descriptionEn
  if (patch.privacyOfficer !== undefined) {
    set.privacyOfficerName = patch.privacyOfficer?.name ?? null
    set.privacyOfficerEmail = patch.privacyOfficer?.email ?? null
  }
  if (patch.contactPhone !== undefined) set.contactPhone = patch.contactPhone
  if (patch.contactAddress !== undefined) set.contactAddress = patch.contactAddress
  if (patch.primaryColor !== undefined) {
    const [row] = await tx.select({ branding: tenants.branding }).from(tenants).where(eq(tenants.id, ctx.tenantId))
    const branding = { ...row?.branding }
    if (patch.primaryColor === null) delete branding.primaryColor
    else branding.primaryColor = patch.primaryColor
    set.branding = branding
  }
  const updated = await tx
    .update(tenants)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(tenants.id, ctx.tenantId))
    .returning({ id: tenants.id })
  if (updated.length === 0) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: ctx.role,
    action: 'tenant.settings_updated',
    entityType: 'tenant',
    entityId: ctx.tenantId,
    clientId: null,
    fields,
  })
  return getTenantSettings(tx, ctx)
}
