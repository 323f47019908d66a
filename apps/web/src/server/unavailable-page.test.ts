import { describe, expect, it } from 'vitest'
import { renderUnavailablePage } from './unavailable-page'

describe('renderUnavailablePage', () => {
  it('tells a visitor in both languages that no portal lives at this address', () => {
    const page = renderUnavailablePage('unknown', { homeUrl: 'http://localhost:3000/' })
    expect(page.status).toBe(404)
    expect(page.html).toContain('Portail introuvable')
    expect(page.html).toContain('Portal not found')
    expect(page.html).toContain('<html lang="fr">')
    expect(page.html).toContain('href="http://localhost:3000/"')
  })

  it('names the suspended business and refuses access without claiming an outage', () => {
    const page = renderUnavailablePage('suspended', {
      businessName: 'Piscines Côté Sud',
      homeUrl: 'https://portail.app/',
    })
    expect(page.status).toBe(403)
    expect(page.html).toContain('Piscines Côté Sud')
    expect(page.html).toContain('Portail suspendu')
    expect(page.html).toContain('portal is suspended')
  })

  it('escapes a business name that carries markup', () => {
    const page = renderUnavailablePage('suspended', {
      businessName: '<script>alert(1)</script> & Co',
      homeUrl: 'https://portail.app/',
    })
    expect(page.html).not.toContain('<script>')
    expect(page.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co')
  })

  it('owns a failure on our side as a temporary outage', () => {
    const page = renderUnavailablePage('outage', { homeUrl: 'https://portail.app/' })
    expect(page.status).toBe(503)
    expect(page.html).toContain('momentanément indisponible')
    expect(page.html).toContain('try again in a few minutes')
  })

  it('puts the reader’s language first when the request names English', () => {
    const page = renderUnavailablePage('unknown', { homeUrl: 'https://portail.app/', locale: 'en' })
    expect(page.html).toContain('<html lang="en">')
    expect(page.html.indexOf('Portal not found')).toBeLessThan(page.html.indexOf('Portail introuvable'))
  })
})
