import type { Database } from '@portail/db'
import { tenantPaymentSettings } from '@portail/db/schema'
import { eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { canCharge, feeInEffect } from './payment-account'
import type { PlatformFee } from './payments-options'
import { type RequirementLabel, requirementLabels } from './requirement-labels'

export interface PaymentStatusView {
  /** Onboarding started (a connected account exists). */
  connected: boolean
  /** Card payments can be taken now. */
  ready: boolean
  payoutsEnabled: boolean
  detailsSubmitted: boolean
  cardPayments: 'active' | 'inactive' | 'pending'
  /** What Stripe still needs, worded. */
  requirements: RequirementLabel[]
  disabledReason: string | null
  /** The fee the platform takes on each charge: the business's own or the configured default. */
  fee: PlatformFee & { custom: boolean }
}

/** The admin's payments card: ready or not, what Stripe still needs, the fee in effect. */
export async function paymentStatus(
  database: Database,
  ctx: StaffActor,
  defaultFee?: PlatformFee,
): Promise<PaymentStatusView> {
  const row = await database.withTenant({ actor: 'staff', tenantId: ctx.tenantId, userId: ctx.userId }, async (tx) => {
    const [found] = await tx
      .select()
      .from(tenantPaymentSettings)
      .where(eq(tenantPaymentSettings.tenantId, ctx.tenantId))
    return found
  })
  const fees = {
    platformFeeBps: row?.platformFeeBps ?? null,
    platformFeeFixedCents: row?.platformFeeFixedCents ?? null,
  }
  return {
    connected: Boolean(row?.stripeAccountId),
    ready: row ? Boolean(row.stripeAccountId) && canCharge(row) : false,
    payoutsEnabled: row?.payoutsEnabled ?? false,
    detailsSubmitted: row?.detailsSubmitted ?? false,
    cardPayments: row?.cardPayments ?? 'inactive',
    requirements: requirementLabels(row?.requirementsDue ?? []),
    disabledReason: row?.disabledReason ?? null,
    fee: {
      ...feeInEffect(fees, defaultFee),
      custom: fees.platformFeeBps !== null || fees.platformFeeFixedCents !== null,
    },
  }
}
