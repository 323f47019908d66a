import { createBusiness } from '@portail/core/onboarding'
import { checkSlug } from '@portail/core/tenants'
import { loggerFor } from '@portail/logger'
import { ZCheckSlugInput, ZCreateBusinessInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { portalLinksFor } from '../portal-links'
import { platformSiteProcedure, signedInProcedure } from '../procedures'

const log = loggerFor('onboarding')

export const onboardingRouter = {
  /** As the person types: invalid, reserved, taken or available (anonymous calls are rate-limited). */
  checkSlug: platformSiteProcedure.input(ZCheckSlugInput).query(({ ctx, input }) => checkSlug(ctx.tx, input.slug)),
  /** "Start your business": the signed-in person becomes the owner of a new business. */
  createBusiness: signedInProcedure.input(ZCreateBusinessInput).mutation(async ({ ctx, input }) => {
    const created = await createBusiness(
      {
        database: ctx.database,
        organizations: ctx.organizations,
        onCompensationFailure: (error, orgId) =>
          log.error(
            { err: error, orgId },
            'an organization was created but could not be deleted after a failure: delete it by hand',
          ),
      },
      { userId: ctx.identity.userId },
      input,
    )
    return { ...created, portalUrl: `${portalLinksFor(ctx, created.slug).portalOrigin}/` }
  }),
} satisfies TRPCRouterRecord
