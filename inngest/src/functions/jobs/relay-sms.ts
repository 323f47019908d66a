import { nudgeEventNames, platformTenantId } from '@portail/events'
import { deliverPendingSms, smsTransportFromEnv } from '@portail/notifications'
import { inngest } from '../../client'
import { jobDeps } from './job-deps'

/** How many texts one run claims; a full batch means more may be waiting. */
const batch = 20

/**
 * The SMS relay: sends what sms_outbox holds (Twilio, or the local outbox of the dev mailbox), as
 * the smsRelay actor. Every minute (retries come due with backoff) and on `sms/queued`, the nudge
 * sent once a text is committed. A full batch is continued by a run of its own.
 */
export const relaySmsFunction = inngest.createFunction(
  {
    id: 'relay-sms',
    triggers: [{ cron: '* * * * *' }, { event: nudgeEventNames.sms }],
    retries: 2,
  },
  async ({ step }) => {
    const run = await step.run('deliver', () => {
      const { database, smsTransport } = jobDeps()
      return deliverPendingSms(database, smsTransport ?? smsTransportFromEnv(), { batch })
    })
    if (run.sent + run.retrying + run.failed >= batch) {
      await step.sendEvent('continue', { name: nudgeEventNames.sms, data: { tenantId: platformTenantId } })
    }
    return run
  },
)
