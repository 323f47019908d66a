import { describe, expect, it } from 'vitest'
import { can, permissionsOf } from './permissions'

describe('permission matrix', () => {
  it('lets every staff role work with clients, but only owners and admins delete them', () => {
    for (const role of ['owner', 'admin', 'staff'] as const) expect(can(role, 'clients.write')).toBe(true)
    expect(can('owner', 'clients.delete')).toBe(true)
    expect(can('admin', 'clients.delete')).toBe(true)
    expect(can('staff', 'clients.delete')).toBe(false)
  })

  it('keeps refunds and team management with the owner', () => {
    expect(can('owner', 'payments.refund')).toBe(true)
    expect(can('admin', 'payments.refund')).toBe(false)
    expect(can('owner', 'team.manage')).toBe(true)
    expect(can('admin', 'team.manage')).toBe(false)
    expect(can('staff', 'settings.write')).toBe(false)
  })

  it('gives clients nothing over other clients and operators nothing inside a tenant', () => {
    expect(can('client', 'clients.read')).toBe(false)
    expect(can('client', 'profile.write')).toBe(true)
    expect(can('operator', 'clients.read')).toBe(false)
    expect(permissionsOf('operator')).toEqual(['platform.tenants.read', 'platform.tenants.manage'])
  })

  it('reserves the platform console to operators', () => {
    for (const role of ['owner', 'admin', 'staff', 'client'] as const)
      expect(can(role, 'platform.tenants.read')).toBe(false)
  })
})
