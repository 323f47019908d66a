import { describe, expect, it } from 'vitest'
import { platformReturnPath, platformSignInHref } from './platform-return'

describe('where the platform site’s sign-in returns to', () => {
  it('goes back to the page that asked, query included', () => {
    expect(platformReturnPath('fr', '/fr/start')).toBe('/fr/start')
    expect(platformReturnPath('en', '/en/platform?status=suspended')).toBe('/en/platform?status=suspended')
    expect(platformReturnPath('en', '/en/platform/0190f5e4-8a3b-7c1d-9e2f-000000000000')).toBe(
      '/en/platform/0190f5e4-8a3b-7c1d-9e2f-000000000000',
    )
    expect(platformReturnPath('fr', '/fr/dev/mailbox')).toBe('/fr/dev/mailbox')
  })

  it('never leaves the site or goes somewhere unexpected', () => {
    for (const next of [
      'https://evil.example/fr/start',
      '//evil.example/fr/start',
      '/\\evil.example',
      '/fr/sign-in',
      '/fr/t/alpha/admin',
      '/fr/start/../../x',
      'javascript:alert(1)',
      undefined,
      ['/fr/start'],
    ]) {
      expect(platformReturnPath('fr', next), String(next)).toBe('/fr/start')
    }
  })

  it('builds the sign-in link with the return path encoded', () => {
    expect(platformSignInHref('en', '/en/platform')).toBe('/en/sign-in?next=%2Fen%2Fplatform')
  })
})
