import { loggerFor } from '@portail/logger'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { type ApiDeps, createContext } from './context'
import { failureLogFields } from './error-mapping'
import { retryAfterMeta } from './retry-after'
import { appRouter } from './root'
import { maxTrpcBatchSize, oversizedBatchRefusal } from './trpc-batch'

const log = loggerFor('trpc')

export const trpcEndpoint = '/api/trpc'

/**
 * The HTTP entry point, for `apps/web/src/app/api/trpc/[trpc]/route.ts` (GET and POST).
 * Unexpected errors are logged here by procedure, kind, SQLSTATE and constraint only (never the
 * failed query's values); the response carries only a generic message. A batch over
 * maxTrpcBatchSize procedures is refused whole (413); a procedure refused by a per-user limit
 * answers 429 with Retry-After.
 */
export function handleTrpcRequest(req: Request, deps: ApiDeps): Promise<Response> {
  const oversized = oversizedBatchRefusal(req, trpcEndpoint)
  if (oversized) return Promise.resolve(oversized)
  return fetchRequestHandler({
    endpoint: trpcEndpoint,
    req,
    router: appRouter,
    // Our own refusal above answers first, in the caller's language; this is tRPC's own guard.
    maxBatchSize: maxTrpcBatchSize,
    createContext: () => createContext({ ...deps, headers: req.headers }),
    responseMeta: ({ errors }) => retryAfterMeta(errors),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') log.error(failureLogFields(error, path), 'tRPC procedure failed')
    },
  })
}
