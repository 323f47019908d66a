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
    const { portalOrigin } = portalLinksFor(ctx, created.slug)
    const { sessionTransferToken, ...business } = created
    // Embedded sign-in: the session cookie belongs to this host, so the founder's browser carries a
    // one-time token to the new portal, which opens that host's session (GET, 60 s, used once).
    // Under Clerk there is none: Clerk's session reaches the subdomain by itself.
    const handoverUrl = sessionTransferToken
      ? `${portalOrigin}/api/auth/dev/session-transfer?${new URLSearchParams({ token: sessionTransferToken, locale: ctx.locale }).toString()}`
      : null
    return { ...business, portalUrl: `${portalOrigin}/`, handoverUrl }
  }),
} satisfies TRPCRouterRecord
