import { describe, expect, it } from 'vitest'
import { formatPhone } from './format-phone'

describe('phone numbers', () => {
  it('writes a Canadian number in its national form, per language', () => {
    expect(formatPhone('fr', '+14505550132')).toBe('450 555-0132')
    expect(formatPhone('en', '+14505550132')).toBe('450-555-0132')
    expect(formatPhone('fr', '(450) 555-0132')).toBe('450 555-0132')
    expect(formatPhone('fr', '+14505550132;ext=12')).toBe('450 555-0132 poste 12')
    expect(formatPhone('en', '+14505550132;ext=12')).toBe('450-555-0132 ext. 12')
  })

  it('writes another country’s number in international form, and leaves what is not a number as typed', () => {
    expect(formatPhone('fr', '+33123456789')).toBe('+33 1 23 45 67 89')
    expect(formatPhone('en', '+12125550100')).toBe('+1 212 555 0100')
    expect(formatPhone('en', 'call the office')).toBe('call the office')
  })
})
