import { afterEach, describe, expect, it } from 'vitest'
import { setEventSink, type WorkflowEvent } from './event-sink'
import { noteEventWritten, noteQueued, nudgeOutboxAfter } from './outbox-nudge'

afterEach(() => setEventSink(null))

function recorder() {
  const sent: WorkflowEvent[] = []
  setEventSink({
    send: (events) => {
      sent.push(...events)
      return Promise.resolve()
    },
  })
  return sent
}

describe('nudgeOutboxAfter', () => {
  it('nudges the outbox relay once the transaction that wrote an event has committed', async () => {
    const sent = recorder()
    const order: string[] = []
    const result = await nudgeOutboxAfter(async () => {
      await Promise.resolve()
      noteEventWritten()
      order.push(`committed with ${sent.length} nudge(s) sent`)
      return 'done'
    })
    expect(result).toBe('done')
    expect(order).toEqual(['committed with 0 nudge(s) sent'])
    expect(sent.map((event) => event.name)).toEqual(['outbox/queued'])
  })

  it('nudges nothing for a transaction that wrote no event, nor for one that rolled back', async () => {
    const sent = recorder()
    await nudgeOutboxAfter(() => Promise.resolve('read only'))
    await expect(
      nudgeOutboxAfter(async () => {
        noteEventWritten()
        await Promise.resolve()
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(sent).toEqual([])
  })

  it('keeps concurrent transactions apart: only the one that wrote an event nudges', async () => {
    const sent = recorder()
    let release = () => undefined as void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const quiet = nudgeOutboxAfter(async () => {
      await gate
    })
    await nudgeOutboxAfter(() => {
      noteEventWritten()
      return Promise.resolve()
    })
    release()
    await quiet
    expect(sent).toHaveLength(1)
  })

  it('nudges the mail and SMS relays for the messages the transaction queued, each once', async () => {
    const sent = recorder()
    await nudgeOutboxAfter(() => {
      noteQueued('mail')
      noteQueued('mail')
      noteQueued('sms')
      noteEventWritten()
      return Promise.resolve()
    })
    expect(sent.map((event) => event.name).sort()).toEqual(['mail/queued', 'outbox/queued', 'sms/queued'])
  })
})
