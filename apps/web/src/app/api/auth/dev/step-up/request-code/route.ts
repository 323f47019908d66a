import { devAuthEndpoint } from '~/server/dev-auth'

/** Dev identity adapter: mails a confirmation code to the signed-in session's own address. */
export function POST(request: Request): Promise<Response> {
  return devAuthEndpoint(request, 'stepUpRequestCode')
}
