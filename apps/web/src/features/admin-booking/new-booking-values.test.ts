import { describe, expect, it } from 'vitest'
import { bookingRequestOf, type NewBookingValues, newBookingProblems, newBookingValues } from './new-booking-values'

const zone = 'America/Toronto'
const clientId = '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a01'
const serviceId = '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a02'
const staffId = '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a03'
const address = { line1: '45 Bennett Road', line2: '', city: 'Sherbrooke', province: 'QC', postalCode: 'J1H 1A1' }

const ready = (more: Partial<NewBookingValues> = {}): NewBookingValues => ({
  ...newBookingValues('2026-12-15', 'attempt-0001'),
  client: { id: clientId, fullName: 'David Thompson' },
  serviceId,
  staffId,
  slotStart: '2026-12-15T15:00:00.000Z',
  serviceAddress: address,
  ...more,
})

const messagesAt = (values: NewBookingValues) =>
  newBookingProblems(values, zone).map(({ path, message }) => `${path.join('.')}: ${message}`)

describe('the staff new-booking form values', () => {
  it('names every missing choice on its field', () => {
    expect(messagesAt(newBookingValues('2026-12-15', 'attempt-0001'))).toEqual([
      'client: pickClient',
      'serviceId: pickService',
      'staffId: pickStaff',
      'slotStart: pickSlot',
    ])
  })

  it('books the free time picked, at the client address on file', () => {
    expect(messagesAt(ready())).toEqual([])
    expect(bookingRequestOf(ready({ notes: '  Gate code 1234 ' }), zone)).toEqual({
      kind: 'single',
      input: {
        clientId,
        serviceId,
        optionIds: [],
        staffId,
        start: '2026-12-15T15:00:00.000Z',
        serviceAddress: { line1: '45 Bennett Road', city: 'Sherbrooke', province: 'QC', postalCode: 'J1H 1A1' },
        idempotencyKey: 'attempt-0001',
        notes: 'Gate code 1234',
      },
    })
  })

  it('places an out-of-rules booking at the typed local time, and only with a reason', () => {
    expect(messagesAt(ready({ ignoreRules: true, slotStart: '', freeTime: '7:00' }))).toEqual([
      'freeTime: timeInvalid',
      'reason: reasonRequired',
    ])
    const request = bookingRequestOf(ready({ ignoreRules: true, freeTime: '07:30', reason: ' Urgence ' }), zone)
    // 07:30 in Montreal in December is 12:30 UTC.
    expect(request?.kind === 'single' ? request.input : null).toMatchObject({
      start: '2026-12-15T12:30:00.000Z',
      ignoreRules: true,
      reason: 'Urgence',
    })
  })

  it('asks until when a series repeats, and refuses one past a year with the validators message', () => {
    expect(messagesAt(ready({ recurring: true }))).toEqual(['until: pickUntil'])
    expect(messagesAt(ready({ recurring: true, until: '2028-01-10' }))).toEqual(['until: booking.invalidSeriesEnd'])
    const series = bookingRequestOf(
      ready({ recurring: true, frequency: 'biweekly', until: '2027-01-31', notes: 'Bac' }),
      zone,
    )
    expect(series?.kind).toBe('series')
    expect(series?.input).toMatchObject({
      firstStart: '2026-12-15T15:00:00.000Z',
      frequency: 'biweekly',
      until: '2027-01-31',
      notes: 'Bac',
    })
  })

  it('stops a part-filled address on each missing part, and a malformed postal code on its field', () => {
    expect(messagesAt(ready({ serviceAddress: { ...address, city: '', postalCode: '' } }))).toEqual([
      'serviceAddress.city: addressIncomplete',
      'serviceAddress.postalCode: addressIncomplete',
    ])
    const [problem] = newBookingProblems(ready({ serviceAddress: { ...address, postalCode: '12345' } }), zone)
    expect(problem?.path).toEqual(['serviceAddress', 'postalCode'])
  })

  it('sends no address when every part is empty', () => {
    const request = bookingRequestOf(
      ready({ serviceAddress: newBookingValues('2026-12-15', 'k').serviceAddress }),
      zone,
    )
    expect(request?.input.serviceAddress).toBeNull()
  })
})
