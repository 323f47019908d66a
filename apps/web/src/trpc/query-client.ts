import { defaultShouldDehydrateQuery, QueryClient } from '@tanstack/react-query'
import superjson from 'superjson'

/**
 * One QueryClient's settings, shared by the server (one client per request) and the browser (one
 * client per tab). Data prefetched by a Server Component travels to the browser through
 * `HydrateClient`, serialised with superjson like the API's own answers (dates stay dates).
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Above zero so the browser does not fetch again what the server has just rendered.
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: superjson.serialize,
        // Pending queries too: a page may start a prefetch without awaiting it and stream the result.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  })
}
