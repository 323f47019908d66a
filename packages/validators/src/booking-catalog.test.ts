import { describe, expect, it } from 'vitest'
import { ZSaveServiceInput, ZSetWorkingHoursInput, ZUpdateBookingSettingsInput } from './booking-catalog'

const staffId = '019a0000-0000-7000-8000-000000000001'
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error?.issues[0]?.message

describe('catalog inputs', () => {
  it('want a deposit exactly with the deposit rule, no larger than the price', () => {
    const service = { nameFr: 'Ouverture', nameEn: 'Opening', durationMinutes: 60, priceCents: 10000 }
    expect(ZSaveServiceInput.safeParse(service).success).toBe(true)
    expect(ZSaveServiceInput.safeParse({ ...service, paymentRule: 'deposit', depositCents: 2000 }).success).toBe(true)
    expect(messageOf(ZSaveServiceInput.safeParse({ ...service, paymentRule: 'deposit' }))).toBe(
      'booking.depositInvalid',
    )
    expect(messageOf(ZSaveServiceInput.safeParse({ ...service, paymentRule: 'deposit', depositCents: 20000 }))).toBe(
      'booking.depositInvalid',
    )
  })

  it('refuse working hours that end before they start or overlap on one day', () => {
    const span = (weekday: number, startTime: string, endTime: string) => ({ weekday, startTime, endTime })
    expect(
      ZSetWorkingHoursInput.safeParse({ staffId, hours: [span(1, '08:00', '12:00'), span(1, '13:00', '24:00')] })
        .success,
    ).toBe(true)
    expect(messageOf(ZSetWorkingHoursInput.safeParse({ staffId, hours: [span(1, '12:00', '08:00')] }))).toBe(
      'booking.hoursInvalid',
    )
    expect(
      messageOf(
        ZSetWorkingHoursInput.safeParse({ staffId, hours: [span(2, '08:00', '12:00'), span(2, '11:00', '13:00')] }),
      ),
    ).toBe('booking.hoursOverlap')
  })

  it('bound the reminder lead times and keep the second one closer to the start than the first', () => {
    const parse = (patch: Record<string, number>) => ZUpdateBookingSettingsInput.safeParse(patch)
    expect(parse({ reminderFirstLeadHours: 48, reminderSecondLeadHours: 2 }).success).toBe(true)
    expect(parse({ reminderFirstLeadHours: 1, reminderSecondLeadHours: 0 }).success).toBe(true)
    expect(parse({ reminderFirstLeadHours: 0 }).success).toBe(false)
    expect(parse({ reminderFirstLeadHours: 169 }).success).toBe(false)
    expect(parse({ reminderSecondLeadHours: 25 }).success).toBe(false)
    expect(messageOf(parse({ reminderFirstLeadHours: 3, reminderSecondLeadHours: 3 }))).toBe('booking.reminderOrder')
    expect(messageOf(parse({ reminderFirstLeadHours: 2, reminderSecondLeadHours: 12 }))).toBe('booking.reminderOrder')
  })
})
