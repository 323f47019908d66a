import { describe, expect, it } from 'vitest'
import { iconLetter, portalManifest } from './portal-manifest'

describe('portalManifest', () => {
  it('names the business, in the reader’s language, and opens on its client space', () => {
    const manifest = portalManifest(
      { name: 'Piscines Laurentides', branding: { primaryColor: '#0e7490' } },
      'fr',
      'Vos rendez-vous',
    )
    expect(manifest).toMatchObject({
      id: '/fr/portal',
      name: 'Piscines Laurentides',
      short_name: 'Piscines Lau',
      description: 'Vos rendez-vous',
      lang: 'fr-CA',
      start_url: '/fr/portal',
      scope: '/',
      display: 'standalone',
      theme_color: '#0e7490',
    })
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/fr/pwa-icon/192',
      '/fr/pwa-icon/512',
      '/fr/pwa-icon/maskable-512',
    ])
    expect(portalManifest({ name: 'Spa', branding: {} }, 'en', 'x')).toMatchObject({
      lang: 'en-CA',
      short_name: 'Spa',
      start_url: '/en/portal',
    })
  })

  it('gives each business its own colour, darkened where white text on it would be unreadable', () => {
    const yellow = portalManifest({ name: 'A', branding: { primaryColor: '#ffff00' } }, 'fr', '').theme_color
    const teal = portalManifest({ name: 'B', branding: { primaryColor: '#0e7490' } }, 'fr', '').theme_color
    expect(yellow).not.toBe('#ffff00')
    expect(yellow).not.toBe(teal)
    expect(portalManifest({ name: 'C', branding: {} }, 'fr', '').theme_color).toBe('#2563eb')
  })
})

describe('iconLetter', () => {
  it('is the first letter or digit of the name, upper-cased', () => {
    expect(iconLetter('piscines')).toBe('P')
    expect(iconLetter('  « École du Nord »')).toBe('É')
    expect(iconLetter('123 Spa')).toBe('1')
    expect(iconLetter('—')).toBe('P')
  })
})
