import { describe, expect, it } from 'vitest'
import { readDbEnv } from './env'

describe('readDbEnv', () => {
  it('prepares statements unless told not to', () => {
    expect(readDbEnv({}).DATABASE_PREPARED_STATEMENTS).toBe(true)
    expect(readDbEnv({ DATABASE_PREPARED_STATEMENTS: '' }).DATABASE_PREPARED_STATEMENTS).toBe(true)
    expect(readDbEnv({ DATABASE_PREPARED_STATEMENTS: '0' }).DATABASE_PREPARED_STATEMENTS).toBe(false)
  })

  it('stops on a malformed value, naming the variable', () => {
    expect(() => readDbEnv({ DATABASE_PREPARED_STATEMENTS: 'yes' })).toThrow(
      /DATABASE_PREPARED_STATEMENTS: must be 0 or 1/,
    )
    expect(() => readDbEnv({ DATABASE_POOL_MAX: 'lots' })).toThrow(/DATABASE_POOL_MAX/)
  })
})
