import { afterEach, describe, expect, it, vi } from 'vitest'
import { type EventSink, nudge, setEventSink, type WorkflowEvent } from './event-sink'
import { workflowEventCatalog, type WorkflowEventData } from './platform-events'

afterEach(() => setEventSink(null))

/** A sink whose sends resolve only when the test says so. */
function heldSink() {
  const sent: WorkflowEvent[][] = []
  const pending: (() => void)[] = []
  const sink: EventSink = {
    send: (events) => {
      sent.push(events)
      return new Promise<void>((resolve) => pending.push(resolve))
    },
  }
  const releaseAll = async () => {
    for (const resolve of pending.splice(0)) resolve()
    await vi.waitFor(() => Promise.resolve())
  }
  return { sink, sent, releaseAll }
}

describe('nudge', () => {
  it('does nothing when no sink is wired (a script, a test without workflows)', () => {
    expect(() => nudge('mail')).not.toThrow()
  })

  it('sends the event the relay of that kind wakes on, with the platform tenant', () => {
    const { sink, sent } = heldSink()
    setEventSink(sink)
    nudge('outbox')
    nudge('mail')
    nudge('sms')
    expect(sent).toEqual([
      [{ name: 'outbox/queued', data: { tenantId: '00000000-0000-0000-0000-000000000000' } }],
      [{ name: 'mail/queued', data: { tenantId: '00000000-0000-0000-0000-000000000000' } }],
      [{ name: 'sms/queued', data: { tenantId: '00000000-0000-0000-0000-000000000000' } }],
    ])
  })

  it('coalesces a burst: nudges during a send make one follow-up send, none is lost', async () => {
    const { sink, sent, releaseAll } = heldSink()
    setEventSink(sink)
    nudge('outbox')
    nudge('outbox')
    nudge('outbox')
    expect(sent).toHaveLength(1)
    await releaseAll()
    await vi.waitFor(() => expect(sent).toHaveLength(2))
    await releaseAll()
    expect(sent).toHaveLength(2)
    nudge('outbox')
    await vi.waitFor(() => expect(sent).toHaveLength(3))
  })

  it('never throws at the caller when the sink fails, and reports the failure', async () => {
    const onNudgeError = vi.fn()
    setEventSink(
      {
        send: () => {
          throw new Error('engine down')
        },
      },
      { onNudgeError },
    )
    expect(() => nudge('mail')).not.toThrow()
    await vi.waitFor(() => expect(onNudgeError).toHaveBeenCalledWith(new Error('engine down'), 'mail'))
    // The failed send released the kind: the next nudge is sent, not swallowed as "in flight".
    nudge('mail')
    await vi.waitFor(() => expect(onNudgeError).toHaveBeenCalledTimes(2))
  })
})

describe('workflowEventCatalog', () => {
  it("describes a domain event as a function receives it: the payload plus the outbox row's tenant", () => {
    const data: WorkflowEventData<'team/member-changed'> = {
      userId: '01900000-0000-7000-8000-000000000001',
      change: 'removed',
      tenantId: '01900000-0000-7000-8000-000000000002',
    }
    expect(workflowEventCatalog['team/member-changed'].parse(data)).toEqual(data)
    expect(() => workflowEventCatalog['team/member-changed'].parse({ ...data, tenantId: undefined })).toThrow()
    expect(() =>
      workflowEventCatalog['mail/queued'].parse({ tenantId: '01900000-0000-7000-8000-000000000002' }),
    ).toThrow()
  })
})
