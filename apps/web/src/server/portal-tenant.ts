import 'server-only'
import { type PublicTenant, resolveTenantBySlug } from '@portail/core/tenants'
import { cache } from 'react'
import { getDatabase } from './database'

/**
 * The business whose portal a page renders, or null when it must not render. The proxy has
 * already refused unknown and suspended businesses; pages check again because the status may
 * change between the two, and a page must never render for a suspended business. Memoised per
 * request so layout and page share one lookup.
 */
export const loadPortalTenant = cache(async (slug: string): Promise<PublicTenant | null> => {
  const tenant = await resolveTenantBySlug(await getDatabase(), slug)
  return tenant?.status === 'active' ? tenant : null
})
