export interface TrpcRequestFacts {
  method: string
  /** The request's own scheme, `http:` or `https:`. */
  protocol: string
  host: string | null
  origin: string | null
  contentType: string | null
}

export type TrpcRequestVerdict =
  | { allowed: true }
  | { allowed: false; status: 403 | 415; appCode: 'CROSS_ORIGIN_REFUSED' | 'UNSUPPORTED_MEDIA_TYPE'; message: string }

const crossOrigin: TrpcRequestVerdict = {
  allowed: false,
  status: 403,
  appCode: 'CROSS_ORIGIN_REFUSED',
  message:
    'Requête refusée : elle ne provient pas de ce portail. / Request refused: it does not come from this portal.',
}

const notJson: TrpcRequestVerdict = {
  allowed: false,
  status: 415,
  appCode: 'UNSUPPORTED_MEDIA_TYPE',
  message:
    'Requête refusée : le corps doit être en application/json (ou un fichier en application/octet-stream). / ' +
    'Request refused: the body must be application/json (or a file as application/octet-stream).',
}

/**
 * JSON for every procedure; raw bytes for file uploads (the logo), which tRPC hands to the
 * procedure as a stream. Neither is a CORS-safelisted type, so another site cannot send either
 * without a preflight we never grant.
 */
const acceptedBodies = new Set(['application/json', 'application/octet-stream'])
const isAccepted = (contentType: string) => acceptedBodies.has(contentType.split(';')[0]?.trim().toLowerCase() ?? '')

/**
 * Cross-site request forgery guard for the tRPC endpoint, decided before any procedure runs.
 *
 * A POST (every mutation, and batched queries) must name this very origin, scheme and Host with
 * the tenant subdomain, in `Origin`: browsers always send it on POST, so a missing one is a
 * non-browser client or a forgery, and a sibling tenant's subdomain is another site for us even
 * though it is the same "site" for SameSite cookies. Its body must be application/json: that is
 * not a CORS-safelisted type, so a cross-origin page cannot send one without a preflight we never
 * grant, whereas text/plain, urlencoded and multipart are what a plain HTML form can post (and
 * tRPC alone would parse multipart as procedure input). application/octet-stream, the body of a
 * file upload, is not safelisted either, and only a procedure whose input is an upload body
 * accepts it (any other refuses it as invalid input).
 * GET is left alone: tRPC serves only queries over GET, and queries do not change state.
 */
export function checkTrpcRequest(facts: TrpcRequestFacts): TrpcRequestVerdict {
  if (facts.method !== 'POST') return { allowed: true }
  if (!facts.origin || !facts.host || facts.origin !== `${facts.protocol}//${facts.host.toLowerCase()}`) {
    return crossOrigin
  }
  if (!facts.contentType || !isAccepted(facts.contentType)) return notJson
  return { allowed: true }
}

/** The facts of a fetch Request; the scheme comes from the URL the server built for it. */
export function trpcRequestFacts(request: Request): TrpcRequestFacts {
  return {
    method: request.method.toUpperCase(),
    protocol: new URL(request.url).protocol,
    host: request.headers.get('host'),
    origin: request.headers.get('origin'),
    contentType: request.headers.get('content-type'),
  }
}
