import { describe, expect, it } from 'vitest'
import type { EmailBrand } from './email-types'
import { renderEmail } from './render-email'

const brand: EmailBrand = {
  name: 'Piscines Laurentides',
  logoUrl: 'https://piscines-laurentides.portail.ca/api/logo/3',
  color: '#0e7490',
  addressLines: ['12 rue Principale', 'Saint-Sauveur QC J0R 1R0'],
  privacyContact: 'vie-privee@piscines-laurentides.example',
  portalUrl: 'https://piscines-laurentides.portail.ca',
}

describe('renderEmail', () => {
  it('renders the sign-in code in French: code in the subject and the text, footer with address and privacy contact', async () => {
    const mail = await renderEmail('sign-in-code', { code: '042917', validMinutes: 10 }, { locale: 'fr', brand })
    expect(mail.subject).toBe('042917 est votre code de connexion Piscines Laurentides')
    expect(mail.text).toContain('042917')
    expect(mail.text).toContain('valable 10 minutes')
    expect(mail.text).toContain('Saint-Sauveur QC J0R 1R0')
    expect(mail.html).toContain('lang="fr"')
    expect(mail.html).toContain('vie-privee@piscines-laurentides.example')
  })
})
