import type { AppRouter } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { maxTrpcBatchSize } from '@portail/validators'
import {
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  isNonJsonSerializable,
  splitLink,
  type TRPCLink,
} from '@trpc/client'
import superjson from 'superjson'

const url = '/api/trpc'

/**
 * How the browser reaches the API, same origin (the session cookie rides along, the CSRF guard
 * sees our Origin): subscriptions as server-sent events (an EventSource, which resumes with
 * Last-Event-ID after a drop, and which carries the cookie but no custom header: the page's
 * language comes from the NEXT_LOCALE cookie there); a file (a Blob or bytes, like the logo) alone
 * as its raw bytes; everything else batched JSON. superjson like the server.
 */
export function apiLinks(locale: Locale): TRPCLink<AppRouter>[] {
  const headers = () => ({ 'accept-language': locale })
  const sameOrigin = (input: URL | RequestInfo, options?: RequestInit) =>
    fetch(input, { ...options, credentials: 'same-origin' })
  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url, transformer: superjson }),
      false: splitLink({
        condition: (op) => isNonJsonSerializable(op.input),
        true: httpLink({ url, transformer: superjson, headers, fetch: sameOrigin }),
        false: httpBatchLink({
          url,
          transformer: superjson,
          headers,
          fetch: sameOrigin,
          // The server refuses a larger batch (maxTrpcBatchSize in @portail/api): split before that.
          maxItems: maxTrpcBatchSize,
        }),
      }),
    }),
  ]
}
