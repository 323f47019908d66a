import 'server-only'
import { type AppRouter, appRouter, type Context, createCaller, createContext } from '@portail/api'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query'
import { headers } from 'next/headers'
import { cache, type ReactNode } from 'react'
import { webEnv } from '../env'
import { organizationDirectory } from '../server/clerk'
import { getDatabase } from '../server/database'
import { getFileStorage } from '../server/file-storage'
import { identityResolver } from '../server/identity'
import { makeQueryClient } from './query-client'

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
  })
})

/**
 * Direct calls from Server Components, through the same procedures (permissions, RLS, audit):
 * `const api = await serverApi(); const page = await api.staff.clients.list({...})`.
 * Refusals throw TRPCError with the localized message, as over HTTP.
 */
export const serverApi = cache(async () => createCaller(await serverContext()))

/** One QueryClient per request, shared by every prefetch of the page. */
export const getQueryClient = cache(makeQueryClient)

/**
 * Query options on the server, for prefetching what client components will read:
 * `void getQueryClient().prefetchQuery(trpc.staff.clients.get.queryOptions({ id }))`, then wrap
 * them in `<HydrateClient>`.
 */
export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: serverContext,
  queryClient: getQueryClient,
})

/** Hands what this request prefetched to the client components below it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>
}
