import { devAuthFromEnv } from '@portail/auth/dev'
import { getDatabase } from '../../../../../server/database'

/**
 * Dev identity adapter. Revokes the session the cookie names and tells the browser to forget the cookie.
 * The adapter refuses to be built under NODE_ENV=production unless explicitly allowed, so there
 * this route fails instead of signing anyone in.
 */
export async function POST(request: Request): Promise<Response> {
  const { handlers } = devAuthFromEnv(await getDatabase())
  return handlers.signOut(request)
}
