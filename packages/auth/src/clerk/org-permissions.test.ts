import { describe, expect, it } from 'vitest'
import { decodeOrgPermissions } from './org-permissions'

describe('decodeOrgPermissions', () => {
  it('grants per[j] for the i-th organization feature when bit j of fpm[i] is set', () => {
    expect(decodeOrgPermissions({ per: 'read,manage', fpm: '3,1', fea: 'o:bookings,o:billing' })).toEqual([
      'org:bookings:read',
      'org:bookings:manage',
      'org:billing:read',
    ])
    expect(decodeOrgPermissions({ per: 'read,manage,delete', fpm: '6,0', fea: 'o:clients,o:billing' })).toEqual([
      'org:clients:manage',
      'org:clients:delete',
    ])
  })

  it('counts only organization-scoped features, shared ones (ou) included', () => {
    expect(decodeOrgPermissions({ per: 'read', fpm: '1,1', fea: 'u:newsletter,ou:documents,o:invoices' })).toEqual([
      'org:documents:read',
      'org:invoices:read',
    ])
  })

  it('grants nothing from missing or malformed parts', () => {
    expect(decodeOrgPermissions({ fea: 'o:bookings', fpm: '1' })).toEqual([])
    expect(decodeOrgPermissions({ per: 'read', fpm: '-1,x', fea: 'o:bookings,o:billing' })).toEqual([])
    expect(decodeOrgPermissions({ per: 'read', fpm: '1,1', fea: 'o:bookings' })).toEqual(['org:bookings:read'])
  })
})
