import { describe, expect, it } from 'vitest'
import { ZChangeMemberRoleInput, ZRemoveMemberInput } from './team'

const userId = '0190f5e4-8a3b-7c1d-9e2f-123456789abc'

describe('team inputs', () => {
  it('accepts the three team roles and nothing else', () => {
    expect(ZChangeMemberRoleInput.safeParse({ userId, role: 'admin' }).success).toBe(true)
    expect(ZChangeMemberRoleInput.safeParse({ userId, role: 'client' }).success).toBe(false)
    expect(ZChangeMemberRoleInput.safeParse({ userId, role: 'operator' }).success).toBe(false)
  })

  it('refuses a malformed member id and a tenant named in the input', () => {
    expect(ZRemoveMemberInput.safeParse({ userId: 'me' }).success).toBe(false)
    expect(ZRemoveMemberInput.safeParse({ userId, tenantId: userId }).success).toBe(false)
  })
})
