import { describe, expect, it } from 'vitest'
import { mapClerkOrgRole } from './org-role'

describe('mapClerkOrgRole', () => {
  it('maps Clerk roles with or without the org: prefix', () => {
    expect(mapClerkOrgRole('org:owner')).toBe('owner')
    expect(mapClerkOrgRole('admin')).toBe('admin')
    expect(mapClerkOrgRole('org:admin')).toBe('admin')
    expect(mapClerkOrgRole('org:member')).toBe('staff')
    expect(mapClerkOrgRole('member')).toBe('staff')
  })

  it('grants nothing for an unknown custom role or a role name borrowed from Object', () => {
    expect(mapClerkOrgRole('org:billing_clerk')).toBeNull()
    expect(mapClerkOrgRole('toString')).toBeNull()
    expect(mapClerkOrgRole(null)).toBeNull()
  })
})
