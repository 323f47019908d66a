import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { tenantPaymentSettings, tenants } from '@portail/db/schema'
import { ZStartConnectOnboardingInput, type TStartConnectOnboardingInput } from '@portail/validators'
import { eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { parseInput } from './parse-input'
import { applyAccountStatus } from './account-status'
import { callProvider, idempotencyKeys } from './provider-call'

/**
 * The owner connects the business to Stripe (the API checks the permission). The connected account
 * is created once: the key `connect-account:<tenantId>` makes Stripe answer a second or concurrent
 * call with the same account, whose id is stored AFTER the network call, in a transaction of its
 * own (never across a network call); a stored id is reused. Answers a fresh hosted onboarding link
 * (links are single-use and short-lived, so each call makes one).
 */
export async function startConnectOnboarding(
  database: Database,
  payments: PaymentsPort,
  ctx: StaffActor,
  input: TStartConnectOnboardingInput,
  now = Date.now(),
): Promise<{ url: string; accountId: string }> {
  const { returnUrl, refreshUrl } = parseInput(ZStartConnectOnboardingInput, input)
  const asStaff = { actor: 'staff' as const, tenantId: ctx.tenantId, userId: ctx.userId }
  const known = await database.withTenant(asStaff, async (tx) => {
    const [row] = await tx
      .select({ name: tenants.name, accountId: tenantPaymentSettings.stripeAccountId })
      .from(tenants)
      .leftJoin(tenantPaymentSettings, eq(tenantPaymentSettings.tenantId, tenants.id))
      .where(eq(tenants.id, ctx.tenantId))
    return row
  })
  let accountId = known?.accountId ?? null
  if (!accountId) {
    const created = await callProvider(() =>
      payments.createConnectedAccount(
        { tenantId: ctx.tenantId, businessName: known?.name ?? '', email: null },
        idempotencyKeys.connectAccount(ctx.tenantId),
      ),
    )
    // A concurrent call got the same account from Stripe (same key): whichever stores first wins,
    // the other keeps the stored id.
    accountId = await database.withTenant({ actor: 'system', tenantId: ctx.tenantId }, async (tx) => {
      const [row] = await tx
        .insert(tenantPaymentSettings)
        .values({ tenantId: ctx.tenantId, stripeAccountId: created.accountId })
        .onConflictDoUpdate({
          target: tenantPaymentSettings.tenantId,
          set: {
            stripeAccountId: sql`coalesce(${tenantPaymentSettings.stripeAccountId}, excluded.stripe_account_id)`,
            updatedAt: new Date(now),
          },
        })
        .returning({ accountId: tenantPaymentSettings.stripeAccountId })
      return row?.accountId ?? created.accountId
    })
  }
  const linkAccount = accountId
  const link = await callProvider(() =>
    payments.createAccountLink(
      { accountId: linkAccount, returnUrl, refreshUrl },
      idempotencyKeys.accountLink(linkAccount, now),
    ),
  )
  return { url: link.url, accountId: linkAccount }
}

/**
 * On the return from onboarding: reads the account from Stripe and applies it like an
 * account.updated of this instant (an event already applied with a later `created` wins). Webhooks
 * remain the source of truth; this only spares the owner a wait.
 */
export async function refreshConnectStatus(
  database: Database,
  payments: PaymentsPort,
  ctx: StaffActor,
  now = Date.now(),
): Promise<void> {
  const accountId = await database.withTenant(
    { actor: 'staff', tenantId: ctx.tenantId, userId: ctx.userId },
    async (tx) => {
      const [row] = await tx
        .select({ accountId: tenantPaymentSettings.stripeAccountId })
        .from(tenantPaymentSettings)
        .where(eq(tenantPaymentSettings.tenantId, ctx.tenantId))
      return row?.accountId ?? null
    },
  )
  if (!accountId) return
  const status = await callProvider(() => payments.retrieveAccount(accountId))
  // Whole seconds, like event.created: an event of this same second is not shadowed.
  const observedAt = new Date(Math.floor(now / 1000) * 1000)
  await database.withTenant({ actor: 'system', tenantId: ctx.tenantId }, (tx) =>
    applyAccountStatus(tx, ctx.tenantId, status, observedAt),
  )
}
