import { describe, expect, it } from 'vitest'
import { ZPersonName } from './person-name'
import { ZJoinPortalInput } from './portal'
import { ZCreateBusinessInput } from './onboarding'

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message

describe('a person’s name', () => {
  it('is trimmed and kept as typed', () => {
    expect(ZPersonName.parse('  Luc Proprio ')).toBe('Luc Proprio')
    expect(ZPersonName.parse('Zoë O’Brien-Tremblay')).toBe('Zoë O’Brien-Tremblay')
  })

  it('refuses an empty, overlong, multi-line or email-shaped name, each with its message key', () => {
    expect(messageOf(ZPersonName.safeParse('   '))).toBe('auth.nameInvalid')
    expect(messageOf(ZPersonName.safeParse('x'.repeat(101)))).toBe('auth.nameInvalid')
    expect(messageOf(ZPersonName.safeParse('Luc\r\nBcc: x@example.com'))).toBe('input.controlCharacter')
    expect(messageOf(ZPersonName.safeParse('Luc\u0000'))).toBe('input.controlCharacter')
    expect(messageOf(ZPersonName.safeParse('luc.proprio@example.com'))).toBe('auth.nameIsEmail')
  })

  it('is optional in "start your business" and in joining a portal, and checked when given', () => {
    const business = { name: 'Atelier', trade: 'cleaning', slug: 'atelier-1', timeZone: 'America/Toronto', defaultLocale: 'fr' }
    expect(ZCreateBusinessInput.safeParse(business).success).toBe(true)
    expect(ZCreateBusinessInput.parse({ ...business, ownerName: ' Luc Proprio ' }).ownerName).toBe('Luc Proprio')
    expect(ZCreateBusinessInput.safeParse({ ...business, ownerName: 'a\u0007' }).success).toBe(false)
    const join = { acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' }
    expect(ZJoinPortalInput.safeParse(join).success).toBe(true)
    expect(ZJoinPortalInput.parse({ ...join, fullName: 'Nina Client' }).fullName).toBe('Nina Client')
    expect(ZJoinPortalInput.safeParse({ ...join, fullName: '' }).success).toBe(false)
  })
})
