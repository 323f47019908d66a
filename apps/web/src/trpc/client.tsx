'use client'

import type { AppRouter } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createTRPCClient, httpBatchLink, httpLink, isNonJsonSerializable, splitLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import { type ReactNode, useState } from 'react'
import { maxTrpcBatchSize } from '@portail/validators'
import superjson from 'superjson'
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
  const headers = () => ({ 'accept-language': locale })
  const sameOrigin = (url: URL | RequestInfo, options?: RequestInit) =>
    fetch(url, { ...options, credentials: 'same-origin' })
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // A file (a Blob or bytes, like the logo) goes alone, as its raw bytes; the rest is batched JSON.
        splitLink({
          condition: (op) => isNonJsonSerializable(op.input),
          true: httpLink({ url: '/api/trpc', transformer: superjson, headers, fetch: sameOrigin }),
          false: httpBatchLink({
            url: '/api/trpc',
            transformer: superjson,
            headers,
            fetch: sameOrigin,
            // The server refuses a larger batch (maxTrpcBatchSize in @portail/api): split before that.
            maxItems: maxTrpcBatchSize,
          }),
        }),
      ],
    }),
  )
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  )
}
