import { getTenantSettings, updateTenantSettings } from '@portail/core/tenants'
import { ZUpdateTenantSettingsInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffProcedure } from '../procedures'

/** The business's own settings (admin Settings page); the tenant is the caller's. */
export const staffSettingsRouter = {
  get: staffProcedure('settings.read').query(({ ctx }) => getTenantSettings(ctx.tx, ctx.staff)),
  update: staffProcedure('settings.write')
    .input(ZUpdateTenantSettingsInput)
    .mutation(({ ctx, input }) => updateTenantSettings(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
