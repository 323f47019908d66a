import 'server-only'
import type { Identity } from '@portail/auth'
import { headers } from 'next/headers'
import { cache } from 'react'
import { getDatabase } from './database'
import { identityResolver } from './identity'

/**
 * Who is reading this page, through the same identity port as the API (session cookie on
 * embedded defaults). Memoised per request so the layout and the page ask once.
 */
export const currentIdentity = cache(async (): Promise<Identity | null> => {
  const requestHeaders = await headers()
  // The resolver only reads the URL's scheme (https: `__Host-` cookie only); a proxy in front
  // of us states it in x-forwarded-proto, which isSecureRequest reads from these headers.
  const request = new Request(`http://${requestHeaders.get('host') ?? 'localhost'}/`, { headers: requestHeaders })
  return identityResolver(request, await getDatabase())(requestHeaders)
})
