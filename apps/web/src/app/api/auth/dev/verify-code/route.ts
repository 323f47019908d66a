import { devAuthEndpoint } from '~/server/dev-auth'

/** Dev identity adapter: Checks an emailed code; on success sets the signed session cookie. */
export function POST(request: Request): Promise<Response> {
  return devAuthEndpoint(request, 'verifyCode')
}
