import { getTenantForOperator, listTenantsForOperator, reactivateTenant, suspendTenant } from '@portail/core/tenants'
import { ZGetTenantInput, ZListTenantsInput, ZTenantStatusChangeInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { operatorOnTenantProcedure, operatorProcedure } from '../procedures'

export const operatorTenantsRouter = {
  list: operatorProcedure('platform.tenants.read')
    .input(ZListTenantsInput)
    .query(({ ctx, input }) => listTenantsForOperator(ctx.tx, ctx.operator, input)),
  get: operatorProcedure('platform.tenants.read')
    .input(ZGetTenantInput)
    .query(({ ctx, input }) => getTenantForOperator(ctx.tx, ctx.operator, input)),
  suspend: operatorOnTenantProcedure('platform.tenants.manage')
    .input(ZTenantStatusChangeInput)
    .mutation(({ ctx, input }) => suspendTenant(ctx.database, ctx.operator, input)),
  reactivate: operatorOnTenantProcedure('platform.tenants.manage')
    .input(ZTenantStatusChangeInput)
    .mutation(({ ctx, input }) => reactivateTenant(ctx.database, ctx.operator, input)),
} satisfies TRPCRouterRecord
