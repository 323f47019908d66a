import 'server-only'
import { type Context, createCaller, createContext } from '@portail/api'
import { headers } from 'next/headers'
import { cache } from 'react'
import { webEnv } from '../env'
import { organizationDirectory } from '../server/clerk'
import { getDatabase } from '../server/database'
import { getFileStorage } from '../server/file-storage'
import { identityResolver } from '../server/identity'
import { getPayments } from '../server/payments'

/**
 * The API context for this request, built exactly as /api/trpc builds it (same Host -> tenant,
 * same identity port, same locale negotiation), once per request.
 */
export const serverContext = cache(async (): Promise<Context> => {
  const requestHeaders = await headers()
  const database = await getDatabase()
  // The resolver only reads the URL's scheme (`__Host-` cookie over https); see page-identity.ts.
  const request = new Request(`http://${requestHeaders.get('host') ?? 'localhost'}/`, { headers: requestHeaders })
  return createContext({
    database,
    identity: identityResolver(request, database),
    rootDomain: webEnv().rootDomain,
    headers: requestHeaders,
    organizations: organizationDirectory(database),
    storage: getFileStorage(),
    payments: getPayments,
  })
})

/**
 * Direct calls from Server Components, through the same procedures (permissions, RLS, audit):
 * `const api = await serverApi(); const page = await api.staff.clients.list({...})`.
 * Refusals throw TRPCError with the localized message, as over HTTP. Prefetching for client
 * components is in ./prefetch, so that pages reading only through here ship none of it.
 */
export const serverApi = cache(async () => createCaller(await serverContext()))
