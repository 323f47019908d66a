import { describe, expect, it } from 'vitest'
import { isIanaTimeZone, slugShape, ZCreateBusinessInput, ZSlug } from './onboarding'

const business = {
  name: 'Piscines Soleil',
  trade: 'pool_care',
  slug: 'piscines-soleil',
  timeZone: 'America/Toronto',
  defaultLocale: 'fr',
}
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message

describe('slugs', () => {
  it('lowercases and trims what the person typed', () => {
    expect(ZSlug.parse('  Piscines-Soleil ')).toBe('piscines-soleil')
  })

  it('says invalid for what cannot be a subdomain', () => {
    for (const slug of [
      'ab',
      '-pools',
      'pools-',
      'pool care',
      'pools_soleil',
      'piscines--soleil',
      'é-pools',
      'x'.repeat(64),
    ]) {
      expect(slugShape(slug.toLowerCase()), slug).toBe('invalid')
      expect(messageOf(ZSlug.safeParse(slug)), slug).toBe('onboarding.slugInvalid')
    }
  })

  it('says reserved for the platform’s own names', () => {
    for (const slug of ['www', 'admin', 'API', 'portail', 'stripe', 'webhooks', 'signup', 'staging']) {
      expect(messageOf(ZSlug.safeParse(slug)), slug).toBe('onboarding.slugReserved')
    }
  })

  it('accepts a 3 to 63 character label', () => {
    expect(slugShape('abc')).toBe('valid')
    expect(slugShape('a'.repeat(63))).toBe('valid')
    expect(slugShape('clinique-42')).toBe('valid')
  })
})

describe('time zones', () => {
  it('accepts IANA names, aliases included, and UTC', () => {
    expect(isIanaTimeZone('America/Toronto')).toBe(true)
    expect(isIanaTimeZone('America/Montreal')).toBe(true)
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true)
    expect(isIanaTimeZone('UTC')).toBe(true)
  })

  it('refuses offsets, abbreviations and unknown places', () => {
    for (const zone of ['EST', '+05:00', 'GMT+5', 'Mars/Olympus_Mons', 'america/toronto ', '']) {
      expect(isIanaTimeZone(zone), zone).toBe(false)
    }
  })
})

describe('starting a business', () => {
  it('accepts a complete business', () => {
    expect(ZCreateBusinessInput.parse(business)).toEqual(business)
  })

  it('refuses an unknown trade, a bad time zone, a one-letter name and extra keys', () => {
    expect(messageOf(ZCreateBusinessInput.safeParse({ ...business, trade: 'plumbing' }))).toBe(
      'onboarding.tradeInvalid',
    )
    expect(messageOf(ZCreateBusinessInput.safeParse({ ...business, timeZone: 'Moon/Base' }))).toBe(
      'onboarding.timeZoneInvalid',
    )
    expect(messageOf(ZCreateBusinessInput.safeParse({ ...business, name: 'P' }))).toBe('onboarding.nameInvalid')
    expect(ZCreateBusinessInput.safeParse({ ...business, tenantId: 'x' }).success).toBe(false)
  })
})
