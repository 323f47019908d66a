import { devAuthFromEnv } from '@portail/auth/dev'
import { getDatabase } from '../../../../../server/database'

/**
 * Dev identity adapter. Emails a one-time sign-in code to any address; the answer never says whether it has an account.
 * The adapter refuses to be built under NODE_ENV=production unless explicitly allowed, so there
 * this route fails instead of signing anyone in.
 */
export async function POST(request: Request): Promise<Response> {
  const { handlers } = devAuthFromEnv(await getDatabase())
  return handlers.requestCode(request)
}
