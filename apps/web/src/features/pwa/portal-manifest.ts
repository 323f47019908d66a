import type { Locale } from '@portail/i18n'
import { brandTheme } from '@portail/ui/brand-theme'

export interface ManifestTenant {
  name: string
  branding: { primaryColor?: string }
}

/** The icon sizes a portal's manifest lists; the icon route draws each (pwa-icon/[size]). */
export const pwaIconSizes = ['192', '512', 'maskable-512'] as const
export type PwaIconSize = (typeof pwaIconSizes)[number]

export const isPwaIconSize = (value: string): value is PwaIconSize =>
  (pwaIconSizes as readonly string[]).includes(value)

/** The readable shade of the business's colour, as the portal's buttons use it (white text on it). */
export const portalThemeColor = (branding: ManifestTenant['branding']) => brandTheme(branding.primaryColor)['--primary']

/**
 * A business's portal as an installable app (W3C Web App Manifest): its name and colour, in the
 * reader's language, opening on the portal's client space. One manifest per portal and language,
 * served by the portal itself (its own origin), so each business installs as its own app. Every
 * URL is relative to the portal's origin; `id` keeps one installed app per portal and language.
 */
export function portalManifest(tenant: ManifestTenant, locale: Locale, description: string) {
  const colour = portalThemeColor(tenant.branding)
  return {
    id: `/${locale}/portal`,
    name: tenant.name,
    short_name: tenant.name.length > 12 ? tenant.name.slice(0, 12).trimEnd() : tenant.name,
    description,
    lang: locale === 'fr' ? 'fr-CA' : 'en-CA',
    dir: 'ltr',
    start_url: `/${locale}/portal`,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: colour,
    icons: [
      { src: `/${locale}/pwa-icon/192`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `/${locale}/pwa-icon/512`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `/${locale}/pwa-icon/maskable-512`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}

/** The first letter of the business's name, as its icon shows it ("É" of "École…", "P" of "piscines"). */
export function iconLetter(name: string): string {
  const letter = [...name.trim()].find((c) => /\p{L}|\p{N}/u.test(c))
  return (letter ?? 'P').toLocaleUpperCase('fr-CA')
}
