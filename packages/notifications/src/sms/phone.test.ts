import { describe, expect, it } from 'vitest'
import { InvalidPhoneNumberError, requireE164, toE164 } from './phone'

describe('toE164', () => {
  it('reads the ways people write Canadian numbers', () => {
    for (const raw of ['514 555-0100', '(514) 555-0100', '1-514-555-0100', '+1 514 555 0100', '5145550100']) {
      expect(toE164(raw)).toBe('+15145550100')
    }
  })

  it('reads an international number written with its country code', () => {
    expect(toE164('+33 1 23 45 67 89')).toBe('+33123456789')
  })

  it('reads a national number of another default country', () => {
    expect(toE164('01 23 45 67 89', 'FR')).toBe('+33123456789')
  })

  it('drops an extension: a text reaches the line', () => {
    expect(toE164('514 555-0100 ext. 12')).toBe('+15145550100')
  })

  it('gives null for what is not a phone number', () => {
    for (const raw of ['', 'abc', '555-0100', '514 555 010', '+1 014 555 0100', '+999 123', '1'.repeat(80)]) {
      expect(toE164(raw)).toBeNull()
    }
  })

  it('refuses with a clear error where a typed number must be usable', () => {
    expect(() => requireE164('not a number')).toThrow(InvalidPhoneNumberError)
    expect(() => requireE164('not a number')).toThrow(/Not a phone number SMS can reach: "not a number"/)
    expect(requireE164('438 555 0199')).toBe('+14385550199')
  })
})
