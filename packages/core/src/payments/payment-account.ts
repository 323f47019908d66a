import type { Tx } from '@portail/db'
import { tenantPaymentSettings } from '@portail/db/schema'
import { platformFeeCents } from '@portail/billing'
import { eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import { noPlatformFee, type PlatformFee } from './payments-options'

export interface PaymentAccount {
  accountId: string
  fee: PlatformFee
}

/** The business's fee in effect: its own (set by operators, either part) or the configured default. */
export const feeInEffect = (
  row: { platformFeeBps: number | null; platformFeeFixedCents: number | null },
  defaultFee: PlatformFee = noPlatformFee,
): PlatformFee => ({
  feeBps: row.platformFeeBps ?? defaultFee.feeBps,
  feeFixedCents: row.platformFeeFixedCents ?? defaultFee.feeFixedCents,
})

/** Ready to take card payments: Stripe says the card_payments capability is active and charges are on. */
export const canCharge = (row: { chargesEnabled: boolean; cardPayments: string }) =>
  row.chargesEnabled && row.cardPayments === 'active'

/**
 * The connected account of the tenant in the transaction's context, ready to charge, or a clear
 * `payment.notConnected` (the business has not finished Stripe's onboarding).
 */
export async function chargeableAccount(tx: Tx, tenantId: string, defaultFee?: PlatformFee): Promise<PaymentAccount> {
  const [row] = await tx.select().from(tenantPaymentSettings).where(eq(tenantPaymentSettings.tenantId, tenantId))
  if (!row?.stripeAccountId || !canCharge(row)) throw new DomainError('CONFLICT', 'payment.notConnected')
  return { accountId: row.stripeAccountId, fee: feeInEffect(row, defaultFee) }
}

export const applicationFee = (amountCents: number, fee: PlatformFee) =>
  platformFeeCents({ amountCents, feeBps: fee.feeBps, feeFixedCents: fee.feeFixedCents })
