import { devAuthFromEnv } from '@portail/auth/dev'
import { getDatabase } from '../../../../../server/database'

/**
 * Dev identity adapter. Checks the code and, if it is right, opens a session in a signed httpOnly cookie.
 * The adapter refuses to be built under NODE_ENV=production unless explicitly allowed, so there
 * this route fails instead of signing anyone in.
 */
export async function POST(request: Request): Promise<Response> {
  const { handlers } = devAuthFromEnv(await getDatabase())
  return handlers.verifyCode(request)
}
