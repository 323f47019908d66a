import type { Database } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { type TPlatformFeeInput, ZPlatformFeeInput } from '@portail/validators'
import { eq, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { appendPlatformAudit } from '../audit/append-platform-audit'
import { DomainError } from '../errors'
import { parseInput } from './parse-input'

export interface PlatformFeeView {
  tenantId: string
  /** Null: the configured default applies. */
  feeBps: number | null
  feeFixedCents: number | null
}

/**
 * An operator sets the platform's fee on one business's charges (basis points + fixed cents, or
 * both null for the configured default), taken on every later charge. One transaction with the
 * business in context (actor operator), so the change, the business's audit entry and the
 * platform's commit together. Operators may write these two columns and nothing else (grants): a
 * business with no payment settings yet gets its row with the fee and every other default (0057).
 */
export async function setPlatformFee(
  database: Database,
  operator: { userId: string },
  input: TPlatformFeeInput,
): Promise<PlatformFeeView> {
  const fee = parseInput(ZPlatformFeeInput, input)
  const context = { actor: 'operator' as const, tenantId: fee.tenantId, userId: operator.userId }
  return database.withTenant(context, async (tx) => {
    const [known] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, fee.tenantId))
    if (!known) throw new DomainError('NOT_FOUND', 'tenant.notFound', { field: 'tenantId' })
    // Raw SQL naming only the fee columns: drizzle's insert names every column, which the grants refuse.
    await tx.execute(sql`
      insert into tenant_payment_settings (tenant_id, platform_fee_bps, platform_fee_fixed_cents)
      values (${fee.tenantId}, ${fee.feeBps}, ${fee.feeFixedCents})
      on conflict (tenant_id) do update
        set platform_fee_bps = excluded.platform_fee_bps, platform_fee_fixed_cents = excluded.platform_fee_fixed_cents`)
    await appendAudit(tx, {
      tenantId: fee.tenantId,
      actorUserId: operator.userId,
      actorRole: 'operator',
      action: 'tenant.settings_updated',
      entityType: 'tenant',
      entityId: fee.tenantId,
      clientId: null,
      fields: ['platformFee'],
    })
    await appendPlatformAudit(tx, {
      operatorUserId: operator.userId,
      action: 'tenant.platform_fee_set',
      targetTenantId: fee.tenantId,
      data: { feeBps: fee.feeBps, feeFixedCents: fee.feeFixedCents },
    })
    return { tenantId: fee.tenantId, feeBps: fee.feeBps, feeFixedCents: fee.feeFixedCents }
  })
}
