import { iconLetter, isPwaIconSize, portalThemeColor } from '~/features/pwa/portal-manifest'
import { ImageResponse } from 'next/og'
import { loadPortalTenant } from '~/server/portal-tenant'

interface Params {
  params: Promise<{ locale: string; tenant: string; size: string }>
}

/**
 * The portal's app icon, drawn at request time (no file to commit per business): the first letter
 * of the business's name in white on its colour (the readable shade, as its buttons use). The
 * maskable one keeps the letter inside the safe zone (the middle 80 %), which a launcher may crop
 * to a circle or a squircle.
 */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { tenant: slug, size } = await params
  if (!isPwaIconSize(size)) return new Response(null, { status: 404 })
  const tenant = await loadPortalTenant(slug)
  if (!tenant) return new Response(null, { status: 404 })
  const pixels = size === '192' ? 192 : 512
  const maskable = size === 'maskable-512'
  const colour = portalThemeColor(tenant.branding)
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: colour,
        borderRadius: maskable ? 0 : pixels * 0.2,
        color: '#ffffff',
        fontSize: pixels * (maskable ? 0.42 : 0.56),
      }}
    >
      {iconLetter(tenant.name)}
    </div>,
    { width: pixels, height: pixels, headers: { 'cache-control': 'public, max-age=86400' } },
  )
}
