import { describe, expect, it } from 'vitest'
import { ZCreateClientInput, ZListClientsInput, ZUpdateClientInput, ZUpdateMyProfileInput } from './clients'

const id = '0190f5e4-8a3b-7c1d-9e2f-123456789abc'

describe('client inputs', () => {
  it('refuses unknown keys at every level', () => {
    expect(ZCreateClientInput.safeParse({ fullName: 'Marie', tenantId: id }).success).toBe(false)
    expect(ZUpdateClientInput.safeParse({ id, data: { fullName: 'Marie', tenantId: id } }).success).toBe(false)
    expect(ZUpdateClientInput.safeParse({ id, data: { fullName: 'Marie' }, extra: 1 }).success).toBe(false)
    expect(ZListClientsInput.safeParse({ tenantId: id }).success).toBe(false)
  })

  it('does not let a client change its email through its own profile', () => {
    expect(ZUpdateMyProfileInput.safeParse({ email: 'new@example.com' }).success).toBe(false)
  })

  it('refuses an update with nothing in it', () => {
    expect(ZUpdateMyProfileInput.safeParse({}).success).toBe(false)
    expect(ZUpdateClientInput.safeParse({ id, data: {} }).success).toBe(false)
  })

  it('normalises what staff type in', () => {
    const parsed = ZCreateClientInput.parse({
      fullName: '  Marie Tremblay ',
      email: 'Marie@Example.com',
      phone: '514 555-0100',
    })
    expect(parsed).toEqual({ fullName: 'Marie Tremblay', email: 'marie@example.com', phone: '+15145550100' })
  })

  it('refuses a blank name and a non-uuid id', () => {
    expect(ZCreateClientInput.safeParse({ fullName: '   ' }).success).toBe(false)
    expect(ZUpdateClientInput.safeParse({ id: '42', data: { fullName: 'Marie' } }).success).toBe(false)
  })

  it('defaults list paging and bounds the page size', () => {
    expect(ZListClientsInput.parse({})).toEqual({ limit: 25, archived: false })
    expect(ZListClientsInput.safeParse({ limit: 101 }).success).toBe(false)
    expect(ZListClientsInput.safeParse({ limit: 0 }).success).toBe(false)
    expect(ZListClientsInput.safeParse({ search: 'x'.repeat(101) }).success).toBe(false)
  })
})
