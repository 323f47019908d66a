import { devAuthEndpoint } from '~/server/dev-auth'

/** Dev identity adapter: Revokes the session and clears its cookie. */
export function POST(request: Request): Promise<Response> {
  return devAuthEndpoint(request, 'signOut')
}
