/**
 * English sentences around the values Portail writes into them: a time ends in "a.m." or "p.m.",
 * and a sentence ending on it takes no second period (the abbreviation's does both jobs: "until
 * 8:00 a.m.", never "8:00 a.m.."), so such a message ends on its argument; and a business's name
 * may end in s, so no message adds "’s" to it ("Clearwater Pools’s").
 */
import { describe, expect, it } from 'vitest'
import { flattenMessages } from './catalog-keys'
import { catalogs } from './messages'

/** The arguments Portail fills with a time or a date and time (format.time, dateTime, dayTime). */
const timeArguments = ['when', 'until', 'time', 'start', 'end', 'at']

describe('English messages', () => {
  const english = [...flattenMessages(catalogs.en).entries()]

  it('end on a time without a period of their own: the time’s "a.m." or "p.m." ends the sentence', () => {
    const endsOnATime = new RegExp(`\\{(${timeArguments.join('|')})\\}\\.`)
    expect(english.filter(([, text]) => endsOnATime.test(text)).map(([key]) => key)).toEqual([])
  })

  it('name a business without adding ’s to its name', () => {
    const link = catalogs.en.start.createdAdminLink.replace('{name}', 'Clearwater Pools')
    expect(link).not.toContain('Pools’s')
    expect(english.filter(([, text]) => /\{business\}['’]s/.test(text)).map(([key]) => key)).toEqual([])
  })

  it('say how to follow the calendar in natural English', () => {
    expect(catalogs.en.adminCalendar.feedTitle).toBe('Subscribe in my calendar app')
  })
})
