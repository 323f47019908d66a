import { bookingStatusEnum } from '@portail/db/schema'
import { catalogs, type Locale } from '@portail/i18n'
import { describe, expect, it } from 'vitest'
import { staffStatusLabel, statusLabel } from './status-label'

const locales: Locale[] = ['fr', 'en']

describe("a booking's status in words", () => {
  it.each(locales)('names every status of the database, distinctly, for the client and the team (%s)', (locale) => {
    const client = (key: keyof (typeof catalogs)['fr']['booking']) => catalogs[locale].booking[key]
    const staff = (key: keyof (typeof catalogs)['fr']['adminCalendar']) => catalogs[locale].adminCalendar[key]
    const clientWords = bookingStatusEnum.enumValues.map((status) => statusLabel(client, status))
    const staffWords = bookingStatusEnum.enumValues.map((status) => staffStatusLabel(staff, status))
    for (const words of [clientWords, staffWords]) {
      expect(words.every((word) => word.trim().length > 0)).toBe(true)
      expect(new Set(words).size).toBe(bookingStatusEnum.enumValues.length)
    }
  })

  it('tells the client what to do and the team what it waits for', () => {
    const client = (key: keyof (typeof catalogs)['en']['booking']) => catalogs.en.booking[key]
    const staff = (key: keyof (typeof catalogs)['en']['adminCalendar']) => catalogs.en.adminCalendar[key]
    expect(statusLabel(client, 'pending_payment')).toBe('Payment required')
    expect(staffStatusLabel(staff, 'pending_payment')).toBe('Awaiting payment')
  })
})
