import { describe, expect, it } from 'vitest'
import { normalisePhone, ZEmail, ZPostalCode, ZServiceAddress } from './contact'

describe('normalisePhone', () => {
  it.each([
    ['514 555-0100', '+15145550100'],
    ['(514) 555-0100', '+15145550100'],
    ['514.555.0100', '+15145550100'],
    ['1-514-555-0100', '+15145550100'],
    ['+1 514 555 0100', '+15145550100'],
    ['+33 1 23 45 67 89', '+33123456789'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected)
  })

  it.each([
    'call me',
    '555-0100',
    '014 555 0100',
    '514 055 0100',
    '+1 514 555 01000',
    '514-555-0100 ext 2',
    '++15145550100',
    '',
  ])('rejects %s', (raw) => {
    expect(normalisePhone(raw)).toBeNull()
  })
})

describe('ZPostalCode', () => {
  it.each([
    ['h2x1y4', 'H2X 1Y4'],
    ['H2X-1Y4', 'H2X 1Y4'],
    [' k1a 0b1 ', 'K1A 0B1'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(ZPostalCode.parse(raw)).toBe(expected)
  })

  it.each(['12345', 'D2X 1Y4', 'H2X 1Y', 'W1A 1A1', 'H2X  1Y4x'])('rejects %s', (raw) => {
    expect(ZPostalCode.safeParse(raw).success).toBe(false)
  })
})

describe('ZServiceAddress', () => {
  it('upper-cases the province, defaults the country and refuses other countries', () => {
    const address = ZServiceAddress.parse({
      line1: '1 rue Principale',
      city: 'Montréal',
      province: 'qc',
      postalCode: 'h2x1y4',
    })
    expect(address).toEqual({
      line1: '1 rue Principale',
      city: 'Montréal',
      province: 'QC',
      postalCode: 'H2X 1Y4',
      country: 'CA',
    })
    expect(ZServiceAddress.safeParse({ ...address, country: 'US' }).success).toBe(false)
    expect(ZServiceAddress.safeParse({ ...address, province: 'XX' }).success).toBe(false)
  })
})

describe('ZEmail', () => {
  it('trims and lower-cases, and refuses what is not an email', () => {
    expect(ZEmail.parse('  Marie@Example.COM ')).toBe('marie@example.com')
    expect(ZEmail.safeParse('marie@').success).toBe(false)
    expect(ZEmail.safeParse(`${'a'.repeat(250)}@x.ca`).success).toBe(false)
  })
})
