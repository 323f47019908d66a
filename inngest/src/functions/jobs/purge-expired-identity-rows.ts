import { purgeExpiredIdentityRows } from '@portail/auth/purge'
import { inngest } from '../../client'
import { jobDeps } from './job-deps'

/**
 * Deletes the identity rows nobody needs any more (codes and transfers a day past expiry, finished
 * sessions, closed rate-limit windows), hourly. Deleting by date is idempotent: a second run in
 * the same hour finds nothing.
 */
export const purgeExpiredIdentityRowsFunction = inngest.createFunction(
  // Minute 17, not 0: off the hour, when other hourly work tends to run.
  { id: 'purge-expired-identity-rows', triggers: [{ cron: '17 * * * *' }], retries: 2 },
  async ({ step }) => step.run('purge', () => purgeExpiredIdentityRows(jobDeps().database)),
)
