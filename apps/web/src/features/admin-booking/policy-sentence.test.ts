import { describe, expect, it } from 'vitest'
import { policyParts } from './policy-sentence'

describe('policyParts', () => {
  it('states the free window, the late fee and the reschedule limit', () => {
    expect(policyParts({ freeCancelHours: 24, lateCancelFeePercent: 25, lateCancelKeepsDeposit: false, maxReschedules: 2 })).toEqual([
      { kind: 'freeUntilHours', hours: 24 },
      { kind: 'lateFee', percent: 25 },
      { kind: 'reschedules', count: 2 },
    ])
  })

  it('says the deposit is kept, with the percentage for services without one', () => {
    expect(policyParts({ freeCancelHours: 48, lateCancelFeePercent: 0, lateCancelKeepsDeposit: true, maxReschedules: 0 })).toEqual([
      { kind: 'freeUntilHours', hours: 48 },
      { kind: 'lateDeposit' },
      { kind: 'noReschedule' },
    ])
    expect(policyParts({ freeCancelHours: 48, lateCancelFeePercent: 50, lateCancelKeepsDeposit: true, maxReschedules: 1 })[1]).toEqual({
      kind: 'lateDepositOrFee',
      percent: 50,
    })
  })

  it('has no late part when cancelling is free until the start', () => {
    expect(policyParts({ freeCancelHours: 0, lateCancelFeePercent: 30, lateCancelKeepsDeposit: false, maxReschedules: 1 })).toEqual([
      { kind: 'freeUntilStart' },
      { kind: 'reschedules', count: 1 },
    ])
  })
})
