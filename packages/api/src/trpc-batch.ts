import { errorMessage, localeFromCookieHeader, negotiateLocale } from '@portail/i18n'
import { maxTrpcBatchSize } from '@portail/validators'

export { maxTrpcBatchSize }

/**
 * How many procedures a tRPC request calls: `/api/trpc/a,b,c?batch=1` is three, as tRPC reads it
 * (the paths of a batch are joined by commas). Each one counts against the caller's limits.
 */
export function trpcProcedureCount(request: Request, endpoint: string): number {
  const url = new URL(request.url)
  if (url.searchParams.get('batch') !== '1') return 1
  return url.pathname.slice(endpoint.length + 1).split(',').length
}

/**
 * The refusal of a batch over the cap, in the caller's language and in tRPC's error envelope, or
 * null when the request may go on. Nothing of the batch runs.
 */
export function oversizedBatchRefusal(request: Request, endpoint: string): Response | null {
  if (trpcProcedureCount(request, endpoint) <= maxTrpcBatchSize) return null
  const locale = negotiateLocale({
    cookie: localeFromCookieHeader(request.headers.get('cookie')),
    acceptLanguage: request.headers.get('accept-language'),
  })
  return Response.json(
    {
      error: {
        json: {
          message: errorMessage('input.batchTooLarge', locale),
          data: {
            code: 'PAYLOAD_TOO_LARGE',
            httpStatus: 413,
            appCode: 'BAD_REQUEST',
            messageKey: 'input.batchTooLarge',
            field: null,
          },
        },
      },
    },
    { status: 413, headers: { 'cache-control': 'private, no-store' } },
  )
}
