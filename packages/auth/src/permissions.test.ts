import { describe, expect, it } from 'vitest'
import { actions, can, isSensitiveAction, permissionsOf, sensitiveActions } from './permissions'

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

  it('lets owners and admins invite people to the team, never staff or clients', () => {
    expect(can('owner', 'team.invite')).toBe(true)
    expect(can('admin', 'team.invite')).toBe(true)
    expect(can('staff', 'team.invite')).toBe(false)
    expect(can('client', 'team.invite')).toBe(false)
  })

  it('lets every client and team member read their own notifications, and operators none inside a tenant', () => {
    for (const role of ['owner', 'admin', 'staff', 'client'] as const)
      expect(can(role, 'notifications.read')).toBe(true)
    expect(can('operator', 'notifications.read')).toBe(false)
  })

  it('reserves the platform console to operators', () => {
    for (const role of ['owner', 'admin', 'staff', 'client'] as const)
      expect(can(role, 'platform.tenants.read')).toBe(false)
  })

  it('lets admins remove team members but keeps role changes with the owner', () => {
    expect(can('owner', 'team.remove')).toBe(true)
    expect(can('admin', 'team.remove')).toBe(true)
    expect(can('staff', 'team.remove')).toBe(false)
    expect(can('staff', 'team.read')).toBe(true)
  })

  it('marks deleting clients, refunds and team changes as needing a fresh second factor, and nothing a client does', () => {
    expect([...sensitiveActions].sort()).toEqual(['clients.delete', 'payments.refund', 'team.manage', 'team.remove'])
    expect(isSensitiveAction('clients.write')).toBe(false)
    const clientActions = actions.filter((action) => can('client', action))
    expect(clientActions.filter(isSensitiveAction)).toEqual([])
  })
})
