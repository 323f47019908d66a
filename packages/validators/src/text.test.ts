import { describe, expect, it } from 'vitest'
import { ZAvailableDaysInput, ZBookingDate, ZBookingMonth, ZCreateBookingInput } from './booking'
import { ZCreateClientInput } from './clients'
import { ZEmail } from './contact'
import { ZBusinessName } from './onboarding'
import { ZPrivacyOfficer } from './settings'
import { ZStaffDisplayName } from './team'
import { ZMultilineText, ZText } from './text'

const serviceId = '019a0000-0000-7000-8000-000000000001'
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null)

describe('one-line text', () => {
  it('refuses NUL, CR, LF, tab, escape, DEL, C1 and line separators with a message key', () => {
    for (const bad of ['a\u0000b', 'a\rb', 'a\nb', 'a\tb', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\u2028b']) {
      expect(firstMessage(ZText.max(20).safeParse(bad))).toBe('input.controlCharacter')
    }
  })

  it('keeps accents, apostrophes, emoji and other scripts', () => {
    for (const good of ['Piscines Côté Sud', 'L’Atelier d’Émilie', 'Café ☕', '株式会社', 'José Ñúñez']) {
      expect(ZText.max(40).parse(good)).toBe(good)
    }
  })
})

describe('multi-line text', () => {
  it('keeps line feeds and tabs, turns CR LF into LF, and refuses every other control character', () => {
    expect(ZMultilineText.max(50).parse('Gate code:\t1234\nDog in the yard')).toBe('Gate code:\t1234\nDog in the yard')
    expect(ZMultilineText.max(50).parse('line one\r\nline two\rline three')).toBe('line one\nline two\nline three')
    expect(firstMessage(ZMultilineText.max(50).safeParse('note\u0000'))).toBe('input.controlCharacter')
    expect(firstMessage(ZMultilineText.max(50).safeParse('bell\u0007'))).toBe('input.controlCharacter')
  })
})

describe('anything that can reach a mail header', () => {
  it('refuses CR/LF in a business name, a display name, a person name and an email address', () => {
    const injected = 'Acme\r\nBcc: victim@example.com'
    expect(firstMessage(ZBusinessName.safeParse(injected))).toBe('input.controlCharacter')
    expect(firstMessage(ZStaffDisplayName.safeParse(injected))).toBe('input.controlCharacter')
    expect(firstMessage(ZCreateClientInput.safeParse({ fullName: injected }))).toBe('input.controlCharacter')
    expect(firstMessage(ZPrivacyOfficer.safeParse({ name: injected, email: 'dpo@acme.test' }))).toBe(
      'input.controlCharacter',
    )
    expect(ZEmail.safeParse('client@acme.test\r\nBcc: victim@example.com').success).toBe(false)
    expect(ZEmail.safeParse('client@acme.test\n').success).toBe(false)
  })

  it('still trims ordinary spaces around a name and an address', () => {
    expect(ZBusinessName.parse('  Piscines Côté Sud  ')).toBe('Piscines Côté Sud')
    expect(ZEmail.parse('  Client@Acme.TEST ')).toBe('client@acme.test')
  })
})

describe('dates and months', () => {
  it('refuse years outside 2000 to 2100 with their own message key, and keep the bounds themselves', () => {
    expect(firstMessage(ZAvailableDaysInput.safeParse({ serviceId, month: '9999-12' }))).toBe('input.dateOutOfRange')
    expect(firstMessage(ZBookingMonth.safeParse('1999-12'))).toBe('input.dateOutOfRange')
    expect(firstMessage(ZBookingDate.safeParse('2101-01-01'))).toBe('input.dateOutOfRange')
    expect(ZBookingMonth.safeParse('2100-12').success).toBe(true)
    expect(ZBookingDate.safeParse('2000-01-01').success).toBe(true)
  })

  it('refuse an instant far in the future or the past, and a start with trailing garbage', () => {
    const valid = { serviceId, start: '2026-07-06T13:00:00.000Z', idempotencyKey: 'attempt-0001' }
    expect(firstMessage(ZCreateBookingInput.safeParse({ ...valid, start: '9999-12-31T23:00:00Z' }))).toBe(
      'input.dateOutOfRange',
    )
    expect(firstMessage(ZCreateBookingInput.safeParse({ ...valid, start: '1970-01-01T00:00:00Z' }))).toBe(
      'input.dateOutOfRange',
    )
    expect(ZCreateBookingInput.safeParse({ ...valid, start: `2026-07-06T13:00:00.${'0'.repeat(100)}Z` }).success).toBe(
      false,
    )
    expect(ZCreateBookingInput.safeParse({ ...valid, notes: 'Ring twice\u0000' }).success).toBe(false)
  })
})
