import { describe, expect, it } from 'vitest'
import { parseCron } from './cron'

const next = (expression: string, after: string) => parseCron(expression).next(new Date(after)).toISOString()

describe('parseCron', () => {
  it('finds the next slot strictly after the given time, in UTC', () => {
    expect(next('* * * * *', '2026-12-08T12:03:20Z')).toBe('2026-12-08T12:04:00.000Z')
    expect(next('*/5 * * * *', '2026-12-08T12:05:00Z')).toBe('2026-12-08T12:10:00.000Z')
    expect(next('0 3 * * *', '2026-12-08T12:00:00Z')).toBe('2026-12-09T03:00:00.000Z')
    expect(next('30 9 * * 1-5', '2026-12-11T10:00:00Z')).toBe('2026-12-14T09:30:00.000Z')
    expect(next('0 0 29 2 *', '2026-03-01T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z')
  })

  it('refuses what it does not read', () => {
    expect(() => parseCron('TZ=America/Toronto 0 3 * * *')).toThrow('five fields')
    expect(() => parseCron('0 24 * * *')).toThrow('out of 0-23')
    expect(() => parseCron('0 3 * * MON')).toThrow('cannot read')
  })
})
