import { describe, expect, it } from 'vitest'
import { msPerDay, msPerHour, msPerMinute } from './time-units'

describe('lengths of time', () => {
  it('count in the milliseconds of Date', () => {
    const start = Date.UTC(2026, 11, 7, 9, 0)
    expect(new Date(start + msPerMinute).toISOString()).toBe('2026-12-07T09:01:00.000Z')
    expect(new Date(start + msPerHour).toISOString()).toBe('2026-12-07T10:00:00.000Z')
    expect(new Date(start + msPerDay).toISOString()).toBe('2026-12-08T09:00:00.000Z')
  })
})
