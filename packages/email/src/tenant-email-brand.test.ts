import { describe, expect, it } from 'vitest'
import { tenantEmailBrand } from './tenant-email-brand'

describe('tenantEmailBrand', () => {
  const row = {
    name: 'Clinique Bel-Air',
    branding: { primaryColor: '#7c3aed' },
    logoKey: 'tenants/x/logo/y',
    logoVersion: 4,
    contactAddress: {
      line1: '200 boulevard René-Lévesque',
      line2: 'Bureau 300',
      city: 'Québec',
      province: 'QC',
      postalCode: 'G1R 2B5',
      country: 'CA',
    },
    privacyOfficerEmail: 'confidentialite@belair.example',
  }

  it('brands with the name, colour, logo on the portal’s host, envelope address and privacy contact', () => {
    expect(tenantEmailBrand(row, 'https://clinique-belair.portail.ca/')).toEqual({
      name: 'Clinique Bel-Air',
      logoUrl: 'https://clinique-belair.portail.ca/api/logo/4',
      color: '#7c3aed',
      addressLines: ['200 boulevard René-Lévesque', 'Bureau 300', 'Québec QC  G1R 2B5'],
      privacyContact: 'confidentialite@belair.example',
      portalUrl: 'https://clinique-belair.portail.ca',
    })
  })

  it('has no logo, colour or address lines when the business set none', () => {
    const brand = tenantEmailBrand(
      { ...row, branding: {}, logoKey: null, contactAddress: null, privacyOfficerEmail: null },
      'https://x.portail.ca',
    )
    expect(brand).toMatchObject({ logoUrl: null, color: null, addressLines: [], privacyContact: null })
  })
})
