import { describe, expect, it } from 'vitest'
import { clerkPagePath } from './clerk-pages'

describe('clerkPagePath', () => {
  it("serves /sign-in from Clerk's page", () => {
    expect(clerkPagePath('/sign-in')).toBe('/clerk-sign-in')
  })

  it('leaves every other page where it is, sign-out and look-alikes included', () => {
    for (const path of ['/', '', '/sign-out', '/sign-in/x', '/portal', '/sign-inx', '/clerk-sign-in']) {
      expect(clerkPagePath(path)).toBeNull()
    }
  })
})
