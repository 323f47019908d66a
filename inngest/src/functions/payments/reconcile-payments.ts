import { reconcileAccount, type ReconcileCounts } from '@portail/core/payments'
import { inngest } from '../../client'
import { log } from './billing-mail-result'
import { listConnectedAccounts } from './connected-accounts'
import { paymentWorkflowDeps } from './payment-deps'

/** How far back each day's pass looks: three days, so a day the job did not run is still covered. */
export const reconcileWindowMs = 3 * 24 * 3_600_000

export type TenantReconcile = { status: 'done'; counts: ReconcileCounts } | { status: 'failed'; error: string }

/**
 * Repairs what lost webhooks missed, every day at 04:00 UTC: lists the connected accounts (as
 * `paymentReconcile`), then each business in its own step calls core's reconcileAccount for the
 * last three days. A business whose step still fails after its retries is logged and left for
 * tomorrow's pass; the others go on. Counts per business are logged and returned.
 */
export const reconcilePayments = inngest.createFunction(
  { id: 'reconcile-payments', triggers: [{ cron: '0 4 * * *' }], retries: 2 },
  async ({ step }) => {
    const { since, accounts } = await step.run('list-accounts', async () => ({
      since: new Date(Date.now() - reconcileWindowMs).toISOString(),
      accounts: await listConnectedAccounts(paymentWorkflowDeps().database),
    }))
    const tenants: Record<string, TenantReconcile> = {}
    for (const { tenantId } of accounts) {
      try {
        const counts: ReconcileCounts = await step.run(`reconcile-${tenantId}`, () => {
          const { database, payments } = paymentWorkflowDeps()
          return reconcileAccount(database, payments(), { tenantId, since: new Date(since) })
        })
        tenants[tenantId] = { status: 'done', counts }
        log.info({ tenantId, counts }, 'payments reconciled')
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        tenants[tenantId] = { status: 'failed', error: message }
        log.error({ tenantId, err: error }, 'payments reconciliation failed for this business')
      }
    }
    return { since, tenants }
  },
)
