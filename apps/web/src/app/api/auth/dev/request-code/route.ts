import { devAuthEndpoint } from '~/server/dev-auth'

/** Dev identity adapter: Emails a one-time sign-in code to any address; the answer never says whether the address has an account. */
export function POST(request: Request): Promise<Response> {
  return devAuthEndpoint(request, 'requestCode')
}
