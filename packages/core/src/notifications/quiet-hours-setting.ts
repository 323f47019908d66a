import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import type { TUpdateQuietHoursInput } from '@portail/validators'
import { eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'

export interface QuietHoursSetting {
  start: string
  end: string
}

/** Contract 13: 21:00 to 08:00 in the business's time zone unless it sets its own. */
export const defaultQuietHoursSetting: QuietHoursSetting = { start: '21:00', end: '08:00' }

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

const quietHoursOf = (settings: Record<string, unknown>): QuietHoursSetting => {
  const value = settings.quietHours
  if (typeof value !== 'object' || value === null) return defaultQuietHoursSetting
  const { start, end } = value as Record<string, unknown>
  return typeof start === 'string' && typeof end === 'string' && timePattern.test(start) && timePattern.test(end)
    ? { start, end }
    : defaultQuietHoursSetting
}

/** The business's quiet hours and its time zone (they are read on its clock). */
export async function getQuietHours(tx: Tx, ctx: Pick<StaffActor, 'tenantId'>) {
  const [row] = await tx
    .select({ settings: tenants.settings, timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId))
  if (!row) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  return { ...quietHoursOf(row.settings), timeZone: row.timeZone }
}

/**
 * Staff (settings.write) set the hours with no SMS or push (email still goes; it waits in the
 * inbox). Merged into tenants.settings, so the other settings stay; audited as a settings change.
 */
export async function updateQuietHours(tx: Tx, ctx: StaffActor, input: TUpdateQuietHoursInput) {
  const before = await getQuietHours(tx, ctx)
  if (before.start === input.start && before.end === input.end) return before
  await tx
    .update(tenants)
    .set({
      settings: sql`${tenants.settings} || jsonb_build_object('quietHours', jsonb_build_object('start', ${input.start}::text, 'end', ${input.end}::text))`,
      updatedAt: sql`now()`,
    })
    .where(eq(tenants.id, ctx.tenantId))
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: ctx.role,
    action: 'tenant.settings_updated',
    entityType: 'tenant',
    entityId: ctx.tenantId,
    clientId: null,
    fields: ['quietHours'],
  })
  return getQuietHours(tx, ctx)
}
