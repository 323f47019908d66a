import { privateNoStore } from './security-headers'

const trpcCodes = { 403: 'FORBIDDEN', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'TOO_MANY_REQUESTS' } as const

export type TrpcRefusalStatus = keyof typeof trpcCodes

/** A refusal decided before tRPC runs, shaped like tRPC's own error envelope so clients read every refusal the same way. */
export function trpcRefusal(
  status: TrpcRefusalStatus,
  appCode: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    {
      error: {
        json: {
          message,
          data: { code: trpcCodes[status], httpStatus: status, appCode, messageKey: null, field: null },
        },
      },
    },
    { status, headers: { 'cache-control': privateNoStore, ...headers } },
  )
}
