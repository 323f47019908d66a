import { locales } from '@portail/i18n'
import { describe, expect, it } from 'vitest'
import { clerkSignInHeader, hostRoutingRewrites, localePattern, portalHeader } from './host-routing-rewrites'

describe('hostRoutingRewrites', () => {
  it('covers exactly the app’s languages', () => {
    expect(localePattern.split('|').sort()).toEqual([...locales].sort())
  })

  it('rewrites only locale paths, and only on the proxy’s word', () => {
    for (const rule of hostRoutingRewrites) {
      expect(rule.source.startsWith(`/:locale(${localePattern})/`)).toBe(true)
      const keys = (rule.has ?? []).map((condition) => condition.key)
      expect(keys.some((key) => key === portalHeader || key === clerkSignInHeader)).toBe(true)
    }
  })

  it('serves a portal page from its business’s tree, and the platform’s Clerk sign-in first', () => {
    const destinations = hostRoutingRewrites.map((rule) => rule.destination)
    expect(destinations).toEqual(['/:locale/clerk-sign-in', '/:locale/t/:portal/:path*'])
  })
})
