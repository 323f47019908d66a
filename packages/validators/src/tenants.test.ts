import { describe, expect, it } from 'vitest'
import { ZGetTenantInput, ZTenantStatusChangeInput } from './tenants'

const tenantId = '0190f5e4-8a3b-7c1d-9e2f-123456789abc'

describe('tenant status change input', () => {
  it('trims the reason and keeps it', () => {
    expect(ZTenantStatusChangeInput.parse({ tenantId, reason: '  unpaid invoices  ' })).toEqual({
      tenantId,
      reason: 'unpaid invoices',
    })
  })

  it('requires a reason of 3 to 500 characters, counted after trimming', () => {
    expect(ZTenantStatusChangeInput.safeParse({ tenantId }).success).toBe(false)
    expect(ZTenantStatusChangeInput.safeParse({ tenantId, reason: '   ok   ' }).success).toBe(false)
    expect(ZTenantStatusChangeInput.safeParse({ tenantId, reason: 'abc' }).success).toBe(true)
    expect(ZTenantStatusChangeInput.safeParse({ tenantId, reason: 'x'.repeat(500) }).success).toBe(true)
    expect(ZTenantStatusChangeInput.safeParse({ tenantId, reason: 'x'.repeat(501) }).success).toBe(false)
  })

  it('refuses a malformed tenant id and unknown keys', () => {
    expect(ZTenantStatusChangeInput.safeParse({ tenantId: 'alpha-pools', reason: 'unpaid' }).success).toBe(false)
    expect(ZTenantStatusChangeInput.safeParse({ tenantId, reason: 'unpaid', status: 'active' }).success).toBe(false)
    expect(ZGetTenantInput.safeParse({ tenantId, slug: 'alpha-pools' }).success).toBe(false)
  })
})
