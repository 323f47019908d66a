import { describe, expect, it } from 'vitest'
import { safeReturnPath, signInHref } from './sign-in-return'

describe('safeReturnPath', () => {
  it('keeps a path of this portal, with its query', () => {
    expect(safeReturnPath('fr', '/fr/invitations/abc_DEF-123')).toBe('/fr/invitations/abc_DEF-123')
    expect(safeReturnPath('en', '/en/portal/profile?tab=1')).toBe('/en/portal/profile?tab=1')
  })

  it('sends anything that could leave the portal to the portal home instead', () => {
    for (const next of [
      'https://evil.test/',
      '//evil.test/x',
      '/\\evil.test',
      'javascript:alert(1)',
      'fr/portal',
      '/ /evil.test',
      undefined,
      ['/fr/portal', '/en/portal'],
    ]) {
      const path = safeReturnPath('fr', next)
      expect(path.startsWith('/') && !path.startsWith('//'), String(next)).toBe(true)
      expect(path, String(next)).not.toContain('evil')
    }
    expect(safeReturnPath('en', '//evil.test/x')).toBe('/en/portal')
    // An encoded backslash stays encoded: a path on this portal, never read as another host.
    expect(new URL(safeReturnPath('fr', '/%5Cevil.test'), 'https://a.test').origin).toBe('https://a.test')
  })

  it('never comes back to sign-in itself (a loop once signed in)', () => {
    expect(safeReturnPath('fr', '/fr/sign-in?next=%2Ffr%2Fsign-in')).toBe('/fr/portal')
  })

  it('builds the sign-in link that comes back to the page', () => {
    expect(signInHref('fr', '/fr/invitations/tok')).toBe('/fr/sign-in?next=%2Ffr%2Finvitations%2Ftok')
  })
})
