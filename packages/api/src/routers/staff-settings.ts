import {
  getTenantSettings,
  logoMaxBytes,
  removeTenantLogo,
  setTenantLogo,
  updateTenantSettings,
} from '@portail/core/tenants'
import { ZUpdateTenantSettingsInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffActionProcedure, staffProcedure } from '../procedures'
import type { Context } from '../context'
import { readUpload } from '../read-upload'
import { ZUploadBody } from '../upload-body'

const logoDeps = (ctx: Pick<Context, 'database' | 'storage'>) => {
  if (!ctx.storage) throw new Error('The API was started without file storage (ApiDeps.storage).')
  return { database: ctx.database, storage: ctx.storage }
}

/** The business's own settings (admin Settings page); the tenant is the caller's. */
export const staffSettingsRouter = {
  get: staffProcedure('settings.read').query(({ ctx }) => getTenantSettings(ctx.tx, ctx.staff)),
  update: staffProcedure('settings.write')
    .input(ZUpdateTenantSettingsInput)
    .mutation(({ ctx, input }) => updateTenantSettings(ctx.tx, ctx.staff, input)),
  /**
   * The logo's bytes as the request body (application/octet-stream, the file itself): no name and
   * no claimed type reach the server, core reads the type from the bytes.
   */
  uploadLogo: staffActionProcedure('settings.write')
    .input(ZUploadBody)
    .mutation(async ({ ctx, input }) => setTenantLogo(logoDeps(ctx), ctx.staff, await readUpload(input, logoMaxBytes))),
  removeLogo: staffActionProcedure('settings.write').mutation(({ ctx }) => removeTenantLogo(logoDeps(ctx), ctx.staff)),
} satisfies TRPCRouterRecord
