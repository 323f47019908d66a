import { nudgeEventNames, platformTenantId } from '@portail/events'
import { deliverPendingMail } from '@portail/email/relay'
import { inngest } from '../../client'
import { jobDeps } from './job-deps'

/** How many messages one run claims; a full batch means more may be waiting. */
const batch = 20

/**
 * The mail relay: sends what mail_outbox holds (Resend, or the local mailbox), as the mailRelay
 * actor. Every minute (retries come due with backoff) and on `mail/queued`, the nudge sent once a
 * message is committed, so a sign-in code arrives within seconds. A full batch is continued by a
 * run of its own.
 */
export const relayMailFunction = inngest.createFunction(
  {
    id: 'relay-mail',
    triggers: [{ cron: '* * * * *' }, { event: nudgeEventNames.mail }],
    retries: 2,
  },
  async ({ step }) => {
    const run = await step.run('deliver', () => {
      const { database, mailTransport } = jobDeps()
      return deliverPendingMail(database, mailTransport, { batch })
    })
    if (run.sent + run.retrying + run.failed >= batch) {
      await step.sendEvent('continue', { name: nudgeEventNames.mail, data: { tenantId: platformTenantId } })
    }
    return run
  },
)
