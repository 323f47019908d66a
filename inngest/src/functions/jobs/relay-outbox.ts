import { eventSink, nudgeEventNames, platformTenantId } from '@portail/events'
import { NonRetriableError } from 'inngest'
import { inngest } from '../../client'
import { relayOutbox } from '../../outbox/relay-outbox'
import { jobDeps } from './job-deps'

/**
 * Delivers the transactional outbox to the workflow engine: every minute (a nudge lost, a retry
 * come due) and on `outbox/queued`, the nudge a request sends once a change that wrote an event has
 * committed, so a booking's confirmation starts within about a second. Concurrent runs are safe:
 * each claims different rows (SKIP LOCKED). A backlog larger than one run's bounded work is
 * continued by a run of its own.
 */
export const relayOutboxFunction = inngest.createFunction(
  {
    id: 'relay-outbox',
    triggers: [{ cron: '* * * * *' }, { event: nudgeEventNames.outbox }],
    retries: 2,
  },
  async ({ step }) => {
    const run = await step.run('relay', () => {
      const sink = eventSink()
      // Without a sink nothing could be delivered; retrying would not change that.
      if (!sink) throw new NonRetriableError('no workflow event sink is wired in this process (setEventSink)')
      return relayOutbox(jobDeps().database, sink)
    })
    if (run.more) {
      await step.sendEvent('continue', { name: nudgeEventNames.outbox, data: { tenantId: platformTenantId } })
    }
    return run
  },
)
