import { describe, expect, it } from 'vitest'
import { vtimezone } from './vtimezone'

describe('vtimezone', () => {
  it('describes Toronto in 2026 as its wall clock changes: EDT from 2:00 on March 8, EST from 2:00 on November 1', () => {
    const lines = vtimezone('America/Toronto', 2026, 2026).split('\r\n')
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Toronto',
      ...['BEGIN:STANDARD', 'DTSTART:20251231T190000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0500', 'TZNAME:EST', 'END:STANDARD'],
      ...['BEGIN:DAYLIGHT', 'DTSTART:20260308T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'TZNAME:EDT', 'END:DAYLIGHT'],
      ...['BEGIN:STANDARD', 'DTSTART:20261101T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'TZNAME:EST', 'END:STANDARD'],
      'END:VTIMEZONE',
      '',
    ])
  })

  it('gives a zone without daylight time one observance, and a half-hour offset its minutes', () => {
    const regina = vtimezone('America/Regina', 2027, 2028)
    expect(regina.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD'])
    expect(regina).toContain('TZOFFSETTO:-0600')
    expect(vtimezone('America/St_Johns', 2027, 2027)).toContain('TZOFFSETFROM:-0330\r\nTZOFFSETTO:-0230')
  })
})
