import { handleTrpcRequest, oversizedBatchRefusal, trpcEndpoint, trpcProcedureCount } from '@portail/api'
import { requestIdFrom, withLogContext } from '@portail/logger'
import { webEnv } from '~/env'
import { organizationDirectory } from '~/server/clerk'
import { getDatabase } from '~/server/database'
import { getFileStorage } from '~/server/file-storage'
import { getPayments } from '~/server/payments'
import { identityResolver } from '~/server/identity'
import { getRateLimits, requestAddress } from '~/server/rate-limits'
import { privateNoStore } from '~/server/security-headers'
import { checkTrpcRequest, trpcRequestFacts } from '~/server/trpc-request-guard'
import { limitAnonymousTrpc, resolveOnce } from '~/server/trpc-rate-limit'
import { trpcRefusal } from '~/server/trpc-refusal'

async function handler(request: Request): Promise<Response> {
  const verdict = checkTrpcRequest(trpcRequestFacts(request))
  if (!verdict.allowed) return trpcRefusal(verdict.status, verdict.appCode, verdict.message)
  // Refused whole before anything is counted or run (handleTrpcRequest checks it again).
  const oversized = oversizedBatchRefusal(request, trpcEndpoint)
  if (oversized) return oversized
  const database = await getDatabase()
  const identity = resolveOnce(identityResolver(request, database))
  const limits = await getRateLimits()
  // Each procedure of a batch counts, so a batch buys no more calls than separate requests.
  const limited = await limitAnonymousTrpc(request, identity, limits.publicTrpcPerIp, requestAddress(request), {
    cost: trpcProcedureCount(request, trpcEndpoint),
  })
  if (limited) return limited
  const organizations = organizationDirectory(database)
  const response = await handleTrpcRequest(request, {
    database,
    identity,
    rootDomain: webEnv().rootDomain,
    organizations,
    storage: getFileStorage(),
    rateLimits: limits,
    payments: getPayments,
  })
  // Every answer is about one tenant and often one user: no browser or shared cache keeps it.
  // A subscription's event stream must not be compressed either: gzip holds events back until
  // its buffer fills, so a notification would wait (no-transform makes next start skip it).
  const eventStream = response.headers.get('content-type')?.startsWith('text/event-stream') === true
  response.headers.set('cache-control', eventStream ? `${privateNoStore}, no-transform` : privateNoStore)
  return response
}

// Every line logged while answering carries this request's id (and its tenant's, once resolved).
const withRequestId = (request: Request) =>
  withLogContext({ requestId: requestIdFrom(request.headers) }, () => handler(request))

export { withRequestId as GET, withRequestId as POST }
