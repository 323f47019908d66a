import type { ConnectAccountStatus } from '@portail/billing'
import type { Tx } from '@portail/db'
import { tenantPaymentSettings } from '@portail/db/schema'
import { and, eq, isNull, lte, or } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'

/**
 * Mirrors the connected account's state (an account.updated event, or a retrieve on the return
 * from onboarding) onto the business's settings, inside the caller's system transaction. Stripe
 * sends events in no set order: a state older than the one stored (by event.created, seconds)
 * changes nothing. Returns whether it was applied.
 */
export async function applyAccountStatus(
  tx: Tx,
  tenantId: string,
  status: ConnectAccountStatus,
  observedAt: Date,
): Promise<'applied' | 'ignored'> {
  const updated = await tx
    .update(tenantPaymentSettings)
    .set({
      chargesEnabled: status.chargesEnabled,
      payoutsEnabled: status.payoutsEnabled,
      detailsSubmitted: status.detailsSubmitted,
      cardPayments: status.cardPayments,
      requirementsDue: status.currentlyDue.slice(0, 200),
      disabledReason: status.disabledReason,
      accountUpdatedAt: observedAt,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(tenantPaymentSettings.tenantId, tenantId),
        eq(tenantPaymentSettings.stripeAccountId, status.accountId),
        or(isNull(tenantPaymentSettings.accountUpdatedAt), lte(tenantPaymentSettings.accountUpdatedAt, observedAt)),
      ),
    )
    .returning({ tenantId: tenantPaymentSettings.tenantId })
  if (updated.length === 0) return 'ignored'
  await appendAudit(tx, {
    tenantId,
    actorUserId: null,
    actorRole: 'system',
    action: 'payments.account_updated',
    entityType: 'tenant_payment_settings',
    entityId: tenantId,
    clientId: null,
    details: {
      chargesEnabled: String(status.chargesEnabled),
      cardPayments: status.cardPayments,
      requirementsDue: String(status.currentlyDue.length),
    },
  })
  return 'applied'
}
