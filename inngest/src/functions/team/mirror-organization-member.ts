import { mirrorTeamMember } from '@portail/core/tenants'
import { workflowEventCatalog } from '@portail/events'
import { loggerFor } from '@portail/logger'
import { catalogEvent, inngest } from '../../client'
import { jobDeps } from '../jobs/job-deps'

const log = loggerFor('organization-sync')

/**
 * Mirrors a committed team change (an invitation accepted, a role changed, a member removed) on
 * the business's identity provider organization (Clerk), as the team is when the step runs, so
 * retries and events out of order converge. While the provider is down the step fails and is
 * retried with backoff (10 retries: hours); the person who made the change was answered at once.
 * When every attempt failed, the ids are logged for an operator to replay (the change stands in
 * Portail, which is what grants access to Portail).
 */
export const mirrorOrganizationMember = inngest.createFunction(
  {
    id: 'mirror-organization-member',
    triggers: [catalogEvent('team/member-changed')],
    retries: 10,
    onFailure: ({ event, error }) => {
      // The failed run's own event, as the engine hands it over (ids only: no name or address).
      const failed: unknown = event.data.event.data
      const ids = workflowEventCatalog['team/member-changed'].safeParse(failed)
      log.error(
        { err: error, ...(ids.success ? ids.data : {}) },
        'team change saved but not mirrored on the identity provider organization: replay it there',
      )
    },
  },
  async ({ event, step }) => {
    const { tenantId, userId, change } = event.data
    const mirrored = await step.run('mirror', () =>
      mirrorTeamMember(jobDeps().database, { tenantId, userId, change }, jobDeps().organizations),
    )
    return { mirrored }
  },
)
