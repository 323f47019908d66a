import { listTenantsForOperator } from '@portail/core/tenants'
import { ZListTenantsInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { operatorProcedure } from '../procedures'

export const operatorTenantsRouter = {
  list: operatorProcedure.input(ZListTenantsInput).query(({ ctx, input }) => listTenantsForOperator(ctx.tx, ctx.operator, input)),
} satisfies TRPCRouterRecord
