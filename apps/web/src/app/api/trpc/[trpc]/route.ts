import { handleTrpcRequest } from '@portail/api'
import { webEnv } from '../../../../env'
import { getDatabase } from '../../../../server/database'
import { identityResolver } from '../../../../server/identity'
import { privateNoStore } from '../../../../server/security-headers'
import { checkTrpcRequest, trpcRequestFacts } from '../../../../server/trpc-request-guard'

// Shaped like tRPC's own error envelope so clients read every refusal the same way.
function refusal(status: number, appCode: string, message: string): Response {
  const code = status === 403 ? 'FORBIDDEN' : 'UNSUPPORTED_MEDIA_TYPE'
  return Response.json(
    { error: { json: { message, data: { code, httpStatus: status, appCode, messageKey: null, field: null } } } },
    { status, headers: { 'cache-control': privateNoStore } },
  )
}

async function handler(request: Request): Promise<Response> {
  const verdict = checkTrpcRequest(trpcRequestFacts(request))
  if (!verdict.allowed) return refusal(verdict.status, verdict.appCode, verdict.message)
  const database = await getDatabase()
  const response = await handleTrpcRequest(request, {
    database,
    identity: identityResolver(request, database),
    rootDomain: webEnv().rootDomain,
  })
  // Every answer is about one tenant and often one user: no browser or shared cache keeps it.
  response.headers.set('cache-control', privateNoStore)
  return response
}

export { handler as GET, handler as POST }
