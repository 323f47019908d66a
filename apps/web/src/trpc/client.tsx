'use client'

import type { AppRouter } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createTRPCClient } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import { type ReactNode, useState } from 'react'
import { apiLinks } from './links'
import { makeQueryClient } from './query-client'

/**
 * `useTRPC()` gives query/mutation options for TanStack Query:
 * `useQuery(trpc.staff.clients.list.queryOptions(input))`,
 * `useMutation(trpc.staff.clients.update.mutationOptions())`.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>()

let browserQueryClient: QueryClient | undefined

function getQueryClient(): QueryClient {
  // On the server, a fresh client per render: a shared one would leak one reader's data to another.
  if (typeof window === 'undefined') return makeQueryClient()
  // In the browser, one for the tab, so a suspending render does not throw its cache away.
  browserQueryClient ??= makeQueryClient()
  return browserQueryClient
}

/**
 * The tRPC client for a page's client components. Calls go to this portal's own `/api/trpc`
 * (same origin: the session cookie rides along and the CSRF guard sees our Origin), batched, as
 * JSON with superjson like the server. Queries run in the browser; a component that needs data on
 * first paint gets it prefetched by its Server Component (`prefetch` + `HydrateClient` in
 * ./server), since during server rendering this relative URL has no host to go to.
 * `locale` is sent as Accept-Language so refusals come in the page's language even before the
 * NEXT_LOCALE cookie exists (the cookie, when set, wins: it is what the reader chose).
 */
export function TRPCReactProvider({ children, locale }: { children: ReactNode; locale: Locale }) {
  const queryClient = getQueryClient()
  // Subscriptions (SSE), a file alone as raw bytes, the rest batched JSON: see ./links.
  const [trpcClient] = useState(() => createTRPCClient<AppRouter>({ links: apiLinks(locale) }))
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  )
}
