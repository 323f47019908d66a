import { describe, expect, it } from 'vitest'
import { tenantSlugCandidates } from './tenant-slug'

const reserved = (slug: string) => ['admin', 'www'].includes(slug)

describe('tenantSlugCandidates', () => {
  it("tries Clerk's slug first, then the same with a suffix, then one from the organization id", () => {
    const [first, second, third, ...rest] = tenantSlugCandidates(
      { orgId: 'org_1', slug: 'acme', name: 'Acme' },
      reserved,
    )
    expect(first).toBe('acme')
    expect(second).toMatch(/^acme-[0-9a-f]{6}$/)
    expect(third).toMatch(/^org-[0-9a-f]{12}$/)
    expect(rest).toEqual([])
  })

  it('falls back to the name, lower-cased and without accents, when Clerk has no usable slug', () => {
    expect(tenantSlugCandidates({ orgId: 'org_2', slug: null, name: 'Élégance Coiffure & Spa' }, reserved)[0]).toBe(
      'elegance-coiffure-spa',
    )
  })

  it('never offers a reserved, too short or malformed slug as is', () => {
    expect(tenantSlugCandidates({ orgId: 'org_3', slug: 'admin', name: 'Admin' }, reserved)[0]).toMatch(
      /^admin-[0-9a-f]{6}$/,
    )
    expect(tenantSlugCandidates({ orgId: 'org_4', slug: 'a', name: '!!' }, reserved)[0]).toMatch(/^a-[0-9a-f]{6}$/)
    expect(tenantSlugCandidates({ orgId: 'org_5', slug: '', name: '***' }, reserved)).toEqual([
      expect.stringMatching(/^org-[0-9a-f]{12}$/) as unknown,
    ])
  })

  it('is stable for one organization, and differs between organizations', () => {
    const one = tenantSlugCandidates({ orgId: 'org_6', slug: 'same', name: 'Same' }, reserved)
    expect(tenantSlugCandidates({ orgId: 'org_6', slug: 'same', name: 'Same' }, reserved)).toEqual(one)
    expect(tenantSlugCandidates({ orgId: 'org_7', slug: 'same', name: 'Same' }, reserved)[1]).not.toBe(one[1])
  })
})
