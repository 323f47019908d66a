import { handleTrpcRequest } from '@portail/api'
import { webEnv } from '../../../../env'
import { getDatabase } from '../../../../server/database'
import { identityResolver } from '../../../../server/identity'

async function handler(request: Request): Promise<Response> {
  return handleTrpcRequest(request, {
    database: await getDatabase(),
    identity: identityResolver(),
    rootDomain: webEnv().rootDomain,
  })
}

export { handler as GET, handler as POST }
