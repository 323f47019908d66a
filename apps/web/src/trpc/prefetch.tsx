import 'server-only'
import { type AppRouter, appRouter } from '@portail/api'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query'
import { cache, type ReactNode } from 'react'
import { makeQueryClient } from './query-client'
import { serverContext } from './server'

/*
 * Prefetching for client components, apart from ./server: HydrationBoundary is a client component,
 * and a page that imports it (even unused) sends its chunk to the browser. Pages that only read
 * through serverApi() (the portal's, the public home) import ./server and ship none of it.
 */

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
