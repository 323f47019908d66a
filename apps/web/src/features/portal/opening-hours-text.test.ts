import { describe, expect, it } from 'vitest'
import { wallClock, weekdayName, zoneName } from './opening-hours-text'

describe('opening hours in words', () => {
  it('names ISO weekdays in the reader’s language, Monday first', () => {
    expect(weekdayName('en', 1)).toBe('Monday')
    expect(weekdayName('en', 7)).toBe('Sunday')
    expect(weekdayName('fr', 1)).toBe('lundi')
  })

  it('writes wall-clock times the way each language does, whatever the server’s zone', () => {
    expect(wallClock('fr', '08:30')).toMatch(/^8\sh\s30$/)
    // On the hour, French writes no minutes (Office québécois de la langue française).
    expect(wallClock('fr', '13:00')).toMatch(/^13\sh$/)
    expect(wallClock('en', '17:00')).toMatch(/^5:00\sp\.m\.$/)
  })

  it('names the business’s zone, not the server’s', () => {
    expect(zoneName('en', 'America/Toronto')).toBe('Eastern Time')
    expect(zoneName('en', 'America/Vancouver')).toBe('Pacific Time')
  })
})
