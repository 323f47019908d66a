import { setPlatformFee } from '@portail/core/payments'
import { ZPlatformFeeInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { operatorOnTenantProcedure } from '../procedures'

/** The platform's side of billing: the fee each business pays on its charges. */
export const operatorBillingRouter = {
  setFee: operatorOnTenantProcedure('platform.tenants.manage')
    .input(ZPlatformFeeInput)
    .mutation(({ ctx, input }) => setPlatformFee(ctx.database, ctx.operator, input)),
} satisfies TRPCRouterRecord
