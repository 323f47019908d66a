import { getPublicTenant } from '@portail/core/tenants'
import type { TRPCRouterRecord } from '@trpc/server'
import { publicProcedure } from '../procedures'

export const tenantRouter = {
  /** The portal's public face: name, trade, language, branding. */
  current: publicProcedure.query(({ ctx }) => getPublicTenant(ctx.tx, { tenantId: ctx.tenant.id })),
} satisfies TRPCRouterRecord
