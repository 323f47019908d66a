import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { functions } from '../src/functions'
import { startEngine } from './support/engine-fixture'

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

describe('the registered functions', () => {
  it('are all runnable by the embedded engine (boot would stop on one that is not)', async () => {
    const engine = await startEngine(db.app, functions)
    expect(engine.functions.map((fn) => fn.id)).toEqual(
      expect.arrayContaining(functions.map((fn) => `portail-${fn.id()}`)),
    )
  })
})
