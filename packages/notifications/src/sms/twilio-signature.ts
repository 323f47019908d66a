import twilio from 'twilio'

/** The header Twilio signs every webhook request with. */
export const twilioSignatureHeader = 'x-twilio-signature'

/**
 * The URL Twilio called, as it signed it: scheme and host as the client saw them. Behind a proxy
 * the request reaches us as http on an inner address, so they come from the first
 * x-forwarded-proto / x-forwarded-host (Next sets them itself when no proxy did), else from the
 * Host header; the path and query are the request's own. A wrong guess only fails the signature.
 */
export function publicUrlOf(request: Request): string {
  const url = new URL(request.url)
  const first = (name: string) => {
    const value = request.headers.get(name)?.split(',')[0]?.trim() ?? ''
    return value === '' ? null : value
  }
  const proto = first('x-forwarded-proto') ?? url.protocol.replace(/:$/, '')
  const host = first('x-forwarded-host') ?? first('host') ?? url.host
  return `${proto}://${host}${url.pathname}${url.search}`
}

/**
 * Whether a form-encoded webhook request was signed by Twilio with our auth token (HMAC-SHA1 of
 * the public URL and the sorted parameters). The signature has no timestamp: replays are refused
 * by the event's id (provider_webhook_events), not here.
 */
export function isSignedByTwilio(
  authToken: string,
  signature: string | null,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false
  return twilio.validateRequest(authToken, signature, url, params)
}
