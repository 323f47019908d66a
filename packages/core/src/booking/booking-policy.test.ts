import { TZDate } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import { cancellationQuote, type PolicyFacts, rescheduleQuote } from './booking-policy'

const hour = 60 * 60 * 1000
const minute = 60 * 1000
const toronto = 'America/Toronto'
const start = Date.parse('2026-07-10T14:00:00Z')

const facts = (patch: Partial<PolicyFacts> = {}): PolicyFacts => ({
  policy: { freeCancelHours: 24, lateCancelFeePercent: 25, lateCancelKeepsDeposit: false, maxReschedules: 2 },
  status: 'confirmed',
  start,
  rescheduleCount: 0,
  totalCents: 12_345,
  paymentRule: 'none',
  depositCents: null,
  ...patch,
})

describe('cancellationQuote', () => {
  it('is free exactly N hours before the start and costs the fee 1 ms later', () => {
    const edge = start - 24 * hour
    expect(cancellationQuote(facts(), edge)).toMatchObject({ allowed: true, free: true, feeCents: 0, refusal: null })
    expect(cancellationQuote(facts(), edge - 1)).toMatchObject({ free: true, feeCents: 0 })
    // 25 % of 123.45 = 30.8625, rounded to the cent.
    expect(cancellationQuote(facts(), edge + 1)).toMatchObject({ allowed: true, free: false, feeCents: 3086, keepsDeposit: false })
    expect(cancellationQuote(facts(), edge).freeUntil).toBe('2026-07-09T14:00:00.000Z')
  })

  it('rounds half a cent up', () => {
    // 15 % of 0.10 $ = 1.5 cents.
    expect(cancellationQuote(facts({ totalCents: 10, policy: { ...facts().policy, lateCancelFeePercent: 15 } }), start - hour).feeCents).toBe(2)
  })

  it('keeps the deposit when the policy says so and the service took one, else falls back to the percentage', () => {
    const keeps = { ...facts().policy, lateCancelKeepsDeposit: true }
    expect(cancellationQuote(facts({ policy: keeps, paymentRule: 'deposit', depositCents: 2000 }), start - hour)).toMatchObject({
      feeCents: 2000,
      keepsDeposit: true,
      free: false,
    })
    expect(cancellationQuote(facts({ policy: keeps }), start - hour)).toMatchObject({ feeCents: 3086, keepsDeposit: false })
  })

  it('says when cancelling never costs anything, so no deadline needs stating', () => {
    const noFee = { ...facts().policy, lateCancelFeePercent: 0 }
    expect(cancellationQuote(facts({ policy: noFee }), start - 48 * hour)).toMatchObject({ free: true, alwaysFree: true })
    expect(cancellationQuote(facts({ policy: noFee }), start - hour)).toMatchObject({ free: true, alwaysFree: true })
    // A fee, or a deposit the policy keeps, makes the deadline matter even while still free.
    expect(cancellationQuote(facts(), start - 48 * hour)).toMatchObject({ free: true, alwaysFree: false })
    const keeps = { ...noFee, lateCancelKeepsDeposit: true }
    expect(
      cancellationQuote(facts({ policy: keeps, paymentRule: 'deposit', depositCents: 2000 }), start - 48 * hour),
    ).toMatchObject({ free: true, alwaysFree: false })
    expect(rescheduleQuote(facts({ policy: noFee }), start - 48 * hour).alwaysFree).toBe(false)
  })

  it('cancels an unpaid hold free even late, and refuses once started or when no longer active', () => {
    expect(cancellationQuote(facts({ status: 'pending_payment' }), start - hour)).toMatchObject({ allowed: true, free: true, feeCents: 0 })
    expect(cancellationQuote(facts(), start)).toMatchObject({ allowed: false, refusal: 'started' })
    expect(cancellationQuote(facts({ status: 'cancelled' }), start - 48 * hour)).toMatchObject({ allowed: false, refusal: 'notActive' })
    expect(cancellationQuote(facts({ status: 'completed' }), start + hour)).toMatchObject({ allowed: false, refusal: 'notActive' })
  })

  it('counts N real hours across spring-forward: 24 h before Sunday 10:00 EDT is Saturday 09:00 EST', () => {
    // Toronto springs forward on Sunday 2026-03-08 at 02:00.
    const sunday = new TZDate(2026, 2, 8, 10, 0, 0, toronto).getTime()
    const saturdayNine = new TZDate(2026, 2, 7, 9, 0, 0, toronto).getTime()
    expect(sunday - saturdayNine).toBe(24 * hour)
    const quote = cancellationQuote(facts({ start: sunday }), saturdayNine)
    expect(quote).toMatchObject({ free: true, freeUntil: new Date(saturdayNine).toISOString() })
    // Saturday 10:00 local is 23 h before: already late.
    const saturdayTen = new TZDate(2026, 2, 7, 10, 0, 0, toronto).getTime()
    expect(cancellationQuote(facts({ start: sunday }), saturdayTen)).toMatchObject({ free: false, feeCents: 3086 })
    expect(cancellationQuote(facts({ start: sunday }), saturdayNine + minute).free).toBe(false)
  })

  it('on the Monday after spring-forward, 24 h before 10:00 is Sunday 10:00 (the change is outside the window) and 48 h is Saturday 09:00', () => {
    const monday = new TZDate(2026, 2, 9, 10, 0, 0, toronto).getTime()
    const day = (hours: number) => ({ ...facts().policy, freeCancelHours: hours })
    expect(cancellationQuote(facts({ start: monday }), monday).freeUntil).toBe(new Date(monday - 24 * hour).toISOString())
    expect(new TZDate(monday - 24 * hour, toronto).getHours()).toBe(10)
    const saturdayNine = new TZDate(2026, 2, 7, 9, 0, 0, toronto).getTime()
    expect(cancellationQuote(facts({ start: monday, policy: day(48) }), saturdayNine)).toMatchObject({
      free: true,
      freeUntil: new Date(saturdayNine).toISOString(),
    })
    expect(cancellationQuote(facts({ start: monday, policy: day(48) }), saturdayNine + 1).free).toBe(false)
  })

  it('counts N real hours across fall-back: 24 h before Sunday 10:00 EST is Saturday 11:00 EDT', () => {
    const sunday = new TZDate(2026, 10, 1, 10, 0, 0, toronto).getTime()
    const saturdayEleven = new TZDate(2026, 9, 31, 11, 0, 0, toronto).getTime()
    expect(sunday - saturdayEleven).toBe(24 * hour)
    expect(cancellationQuote(facts({ start: sunday }), saturdayEleven).free).toBe(true)
    expect(cancellationQuote(facts({ start: sunday }), saturdayEleven + 1).free).toBe(false)
  })
})

describe('rescheduleQuote', () => {
  it('allows a reschedule up to exactly N hours before, never after', () => {
    const edge = start - 24 * hour
    expect(rescheduleQuote(facts(), edge)).toMatchObject({ allowed: true, refusal: null, remainingReschedules: 2, feeCents: 0 })
    expect(rescheduleQuote(facts(), edge + 1)).toMatchObject({ allowed: false, refusal: 'tooLate' })
    expect(rescheduleQuote(facts(), start + 1)).toMatchObject({ allowed: false, refusal: 'started' })
  })

  it('stops at the maximum number of reschedules', () => {
    expect(rescheduleQuote(facts({ rescheduleCount: 1 }), start - 48 * hour)).toMatchObject({ allowed: true, remainingReschedules: 1 })
    expect(rescheduleQuote(facts({ rescheduleCount: 2 }), start - 48 * hour)).toMatchObject({
      allowed: false,
      refusal: 'maxReschedules',
      remainingReschedules: 0,
    })
    const none = { ...facts().policy, maxReschedules: 0 }
    expect(rescheduleQuote(facts({ policy: none }), start - 48 * hour).refusal).toBe('maxReschedules')
  })

  it('refuses a booking that is no longer active', () => {
    expect(rescheduleQuote(facts({ status: 'no_show' }), start - 48 * hour).refusal).toBe('notActive')
  })
})
