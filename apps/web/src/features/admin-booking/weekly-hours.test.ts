import { describe, expect, it } from 'vitest'
import { dayProblems, hoursInputOf, weekDraftOf, weekIsValid } from './weekly-hours'

describe('dayProblems', () => {
  it('accepts separate and back-to-back spans', () => {
    expect(dayProblems([{ start: '09:00', end: '12:00' }, { start: '12:00', end: '17:00' }]).size).toBe(0)
    expect(dayProblems([{ start: '18:00', end: '24:00' }]).size).toBe(0)
  })

  it('names a span that ends before it starts', () => {
    expect(dayProblems([{ start: '13:00', end: '12:00' }]).get(0)).toBe('endBeforeStart')
    expect(dayProblems([{ start: '13:00', end: '13:00' }]).get(0)).toBe('endBeforeStart')
  })

  it('names both spans that overlap, and an unreadable time', () => {
    const problems = dayProblems([{ start: '09:00', end: '12:00' }, { start: '11:30', end: '14:00' }, { start: '', end: '15:00' }])
    expect(problems.get(0)).toBe('overlap')
    expect(problems.get(1)).toBe('overlap')
    expect(problems.get(2)).toBe('timeInvalid')
  })
})

describe('a week', () => {
  it('round-trips the saved hours (Postgres times carry seconds) in day order', () => {
    const week = weekDraftOf([
      { weekday: 2, startTime: '13:00:00', endTime: '17:00:00' },
      { weekday: 2, startTime: '08:00:00', endTime: '12:00:00' },
      { weekday: 7, startTime: '10:00:00', endTime: '14:00:00' },
    ])
    expect(week[2]).toEqual([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }])
    expect(hoursInputOf(week)).toEqual([
      { weekday: 2, startTime: '08:00', endTime: '12:00' },
      { weekday: 2, startTime: '13:00', endTime: '17:00' },
      { weekday: 7, startTime: '10:00', endTime: '14:00' },
    ])
    expect(weekIsValid(week)).toBe(true)
    week[3].push({ start: '10:00', end: '09:00' })
    expect(weekIsValid(week)).toBe(false)
  })
})
