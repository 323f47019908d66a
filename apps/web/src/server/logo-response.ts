import { tenantLogoPath } from '../features/tenants/logo-path'

export interface ServedLogo {
  version: number
  contentType: string
  bytes: Uint8Array
}

/**
 * The logo answer for a requested version. The bytes go out with the type they were proved to
 * be, never sniffed (`nosniff`), under a policy that lets them run nothing even if opened
 * directly. The URL names the version, so the current one is cached for a year; an older or
 * malformed version is sent to the current one, uncached, and no logo is a 404.
 */
export function logoResponse(logo: ServedLogo | null, requestedVersion: string): Response {
  const guarded = { 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'" }
  if (!logo) return new Response('Not found', { status: 404, headers: { ...guarded, 'cache-control': 'no-store' } })
  if (requestedVersion !== String(logo.version)) {
    return new Response(null, {
      status: 307,
      headers: { ...guarded, location: tenantLogoPath(logo.version), 'cache-control': 'no-store' },
    })
  }
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      ...guarded,
      'content-type': logo.contentType,
      'content-length': String(logo.bytes.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      'cross-origin-resource-policy': 'same-site',
    },
  })
}
