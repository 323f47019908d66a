import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { type ApiDeps, createContext } from './context'
import { failureLogFields } from './error-mapping'
import { appRouter } from './root'

export const trpcEndpoint = '/api/trpc'

/**
 * The HTTP entry point, for `apps/web/src/app/api/trpc/[trpc]/route.ts` (GET and POST).
 * Unexpected errors are logged here by procedure, kind, SQLSTATE and constraint only (never the
 * failed query's values); the response carries only a generic message.
 */
export function handleTrpcRequest(req: Request, deps: ApiDeps): Promise<Response> {
  return fetchRequestHandler({
    endpoint: trpcEndpoint,
    req,
    router: appRouter,
    createContext: () => createContext({ ...deps, headers: req.headers }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error('tRPC procedure failed', failureLogFields(error, path))
    },
  })
}
