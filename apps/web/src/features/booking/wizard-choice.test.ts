import { describe, expect, it } from 'vitest'
import { dateToDay, dayIn, dayToDate, monthIn, readChoice, stepsFor, stepToShow, totals, writeChoice } from './wizard-choice'

const service = '019a0000-0000-7000-8000-000000000001'
const option = '019a0000-0000-7000-8000-000000000002'

describe('the wizard choice in the address bar', () => {
  it('round-trips through search params', () => {
    const choice = {
      serviceId: service,
      optionIds: [option],
      staff: 'any',
      month: '2026-12',
      date: '2026-12-03',
      start: '2026-12-03T14:00:00.000Z',
    }
    expect(readChoice(writeChoice(choice, 'review'))).toEqual(choice)
    expect(writeChoice(choice, 'review').get('step')).toBe('review')
  })

  it('drops what is malformed instead of sending it to the server', () => {
    const choice = readChoice(
      new URLSearchParams(
        'service=x&options=bad,' + option + ',' + option + '&staff=<script>&date=2026-1-1&start=nope',
      ),
    )
    expect(choice).toEqual({ serviceId: null, optionIds: [option], staff: null, month: null, date: null, start: null })
  })

  it('shows the step asked for only once what it needs is chosen', () => {
    const steps = stepsFor(true)
    const none = readChoice(new URLSearchParams())
    expect(stepToShow('review', none, steps)).toBe('service')
    const chosen = readChoice(new URLSearchParams(`service=${service}&staff=any&date=2026-12-03`))
    expect(stepToShow('review', chosen, steps)).toBe('time')
    expect(stepToShow('staff', chosen, steps)).toBe('staff')
    expect(stepToShow('unknown', chosen, steps)).toBe('service')
  })

  it('skips the add-on step of a service without add-ons', () => {
    expect(stepsFor(false)).not.toContain('options')
    const chosen = readChoice(new URLSearchParams(`service=${service}`))
    expect(stepToShow('options', chosen, stepsFor(false))).toBe('service')
  })
})

describe('totals and dates', () => {
  it('adds the chosen add-ons to duration and price', () => {
    const offered = {
      durationMinutes: 60,
      priceCents: 10000,
      options: [{ id: option, extraMinutes: 30, extraPriceCents: 2500 }],
    }
    expect(totals(offered, [option])).toEqual({ minutes: 90, priceCents: 12500 })
    expect(totals(offered, [])).toEqual({ minutes: 60, priceCents: 10000 })
  })

  it('reads the month on the business clock, and maps calendar days both ways', () => {
    // 03:30 UTC on Dec 1 is still November 30 in Toronto.
    expect(monthIn('America/Toronto', Date.parse('2026-12-01T03:30:00Z'))).toBe('2026-11')
    expect(dateToDay(dayToDate('2026-03-08'))).toBe('2026-03-08')
  })
})

describe('today on the business clock', () => {
  it('is the business’s date, not the machine’s: 21:00 in Toronto is already tomorrow in UTC', () => {
    const evening = Date.parse('2026-12-08T02:00:00Z')
    expect(dayIn('America/Toronto', evening)).toBe('2026-12-07')
    expect(monthIn('America/Toronto', Date.parse('2027-01-01T03:00:00Z'))).toBe('2026-12')
  })
})
