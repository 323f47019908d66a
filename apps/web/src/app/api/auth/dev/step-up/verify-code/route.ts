import { devAuthEndpoint } from '~/server/dev-auth'

/** Dev identity adapter: confirms the code; sensitive actions are then allowed for 10 minutes. */
export function POST(request: Request): Promise<Response> {
  return devAuthEndpoint(request, 'stepUpVerifyCode')
}
