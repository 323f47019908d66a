// A web process in miniature for the restart test: opens the database, starts the embedded engine
// on real time with one reminder-like function, and (first life only) sends the events. Effects
// are appended to a file, since the test kills this process.
import { appendFileSync } from 'node:fs'
import { openDatabase, readDbEnv } from '@portail/db'
import { inngest } from '../../src/client'
import { EmbeddedEngine } from '../../src/engine'
import { servedHandler, testSigningKey } from './engine-fixture'

// eslint-disable-next-line no-restricted-properties -- a test child process: its whole configuration comes from the parent
const { EFFECTS_FILE: effectsFile = '', CHILD_ROLE: role = 'first' } = process.env

const note = (line: string) => appendFileSync(effectsFile, `${line}\n`)

const reminder = inngest.createFunction(
  { id: 'test-restart-reminder', triggers: [{ event: 'test/booked' }] },
  async ({ event, step }) => {
    const booking = String(event.data.bookingId)
    await step.run('confirm', () => note(`confirm ${booking}`))
    await step.sleepUntil('wait', new Date(Number(event.data.remindAt)))
    await step.run('remind', () => note(`remind ${booking}`))
  },
)

const database = await openDatabase({ env: readDbEnv() })
const engine = await EmbeddedEngine.start({ database, handler: servedHandler([reminder]), signingKey: testSigningKey })
if (role === 'first') {
  const now = Date.now()
  await engine.send([
    { id: 'restart-b1', name: 'test/booked', data: { bookingId: 'b1', remindAt: now + 15_000 } },
    { id: 'restart-b2', name: 'test/booked', data: { bookingId: 'b2', remindAt: now + 3_600_000 } },
  ])
  await engine.runDue()
}
process.stdout.write('ready\n')
