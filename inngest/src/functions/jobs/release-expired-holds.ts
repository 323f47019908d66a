import { expireUnpaidHolds } from '@portail/core/booking'
import { inngest } from '../../client'
import { jobDeps } from './job-deps'

/**
 * Releases unpaid booking holds whose time ran out, every minute, so a slot a client left without
 * paying is offered again within a minute. Each release is cancelled, audited and announced
 * (`booking/cancelled` by 'system', so the hold-expired message goes out) in its tenant's
 * transaction; a second run finds nothing left to release.
 */
export const releaseExpiredHoldsFunction = inngest.createFunction(
  { id: 'release-expired-holds', triggers: [{ cron: '* * * * *' }], retries: 2 },
  async ({ step }) => {
    const released = await step.run('release', () => expireUnpaidHolds(jobDeps().database))
    return { released }
  },
)
