import { describe, expect, it } from 'vitest'
import { mergeSpans } from './opening-hours'

describe('mergeSpans', () => {
  it('joins overlapping and touching shifts of several people into the hours the business is open', () => {
    expect(
      mergeSpans([
        { start: '12:00', end: '17:00' },
        { start: '08:00', end: '12:00' },
        { start: '09:00', end: '10:00' },
        { start: '18:30', end: '20:00' },
      ]),
    ).toEqual([
      { start: '08:00', end: '17:00' },
      { start: '18:30', end: '20:00' },
    ])
  })

  it('leaves a closed day closed', () => {
    expect(mergeSpans([])).toEqual([])
  })
})
