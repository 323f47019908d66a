import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { createFileSimulatorStore } from '../src/simulator'
import { onboardedAccount, paymentSession, simulatorHarness } from './simulator-harness'

const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

describe('simulated Stripe: the file store', () => {
  it('keeps accounts, sessions and idempotency keys across a new simulator on the same folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portail-sim-'))
    folders.push(dir)
    const start = new Date()
    const before = simulatorHarness(createFileSimulatorStore(dir), start)
    const { accountId } = await onboardedAccount(before)
    const session = await paymentSession(before, accountId, { key: 'checkout-7/create' })
    await before.simulator.idle()

    // A restart: a new simulator, same folder.
    const after = simulatorHarness(createFileSimulatorStore(dir), start)
    expect((await after.stripe.accounts.retrieve(accountId)).charges_enabled).toBe(true)
    const replayed = await paymentSession(after, accountId, { key: 'checkout-7/create' })
    expect(replayed.id).toBe(session.id)
    await after.simulator.pay(session.id, 'succeed')
    const retrieved = await after.stripe.checkout.sessions.retrieve(session.id, {}, { stripeAccount: accountId })
    expect(retrieved.payment_status).toBe('paid')

    // One JSON file per object, no temporary file left behind.
    const files = await readdir(join(dir, 'checkout_sessions'))
    expect(files).toEqual([`${session.id}.json`])
  })

  it('refuses an id that is not a file name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portail-sim-'))
    folders.push(dir)
    const store = createFileSimulatorStore(dir)
    await expect(store.read('accounts', '../secrets')).rejects.toThrow(/invalid id/)
    await expect(store.write('../x', 'a', null)).rejects.toThrow(/invalid collection/)
  })
})
