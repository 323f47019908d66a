import { parseTenantHost, readTenantLogo, resolveTenantBySlug } from '@portail/core/tenants'
import { webEnv } from '~/env'
import { getDatabase } from '~/server/database'
import { getFileStorage } from '~/server/file-storage'
import { logoResponse } from '~/server/logo-response'

interface Params {
  params: Promise<{ version: string }>
}

/**
 * The logo of the business whose subdomain this is (the Host names it, as for the API; nothing in
 * the URL does). Public, like the portal's home page; a suspended or unknown business has none.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { version } = await params
  const host = parseTenantHost(request.headers.get('host'), webEnv().rootDomain)
  if (host?.kind !== 'tenant') return logoResponse(null, version)
  const database = await getDatabase()
  const tenant = await resolveTenantBySlug(database, host.slug)
  if (tenant?.status !== 'active') return logoResponse(null, version)
  return logoResponse(await readTenantLogo({ database, storage: getFileStorage() }, tenant.id), version)
}
