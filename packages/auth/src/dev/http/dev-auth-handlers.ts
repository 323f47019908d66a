import type { Database } from '@portail/db'
import type { Mailer } from '@portail/email'
import { z } from 'zod'
import type { RateLimitDecision, RateLimits } from '../../rate-limit'
import { sharedClientBucket } from '../../rate-limit/client-address'
import { emailAddress, normalizeEmail } from '../email-address'
import { requestSignInCode } from '../request-sign-in-code'
import { requestStepUpCode } from '../request-step-up-code'
import { clearedSessionCookie, sessionCookie, sessionTokenFrom } from '../session-cookie'
import { readSessionToken } from '../session-token'
import { codeLifetimeMinutes, type Clock } from '../settings'
import { signOut } from '../sign-out'
import { verifySignInCode } from '../verify-sign-in-code'
import { verifyStepUpCode } from '../verify-step-up-code'
import { redeemSessionTransfer, type TransferRefusal } from '../redeem-session-transfer'
import { type ErrorCode, errorMessage, type Locale, pickLocale } from './messages'

export interface DevAuthHandlerOptions {
  database: Database
  mailer: Mailer
  secret: string
  now?: Clock
  /**
   * Sign-in limits: codes per email and per client address, verifications per address. Left out
   * only by tests of other behaviour; devAuthFromEnv always passes them.
   */
  rateLimits?: SignInRateLimits
  /** The address a request counts against (see rate-limit/client-address.ts). */
  clientAddress?: (request: Request) => string
}

export type SignInRateLimits = Pick<RateLimits, 'signInCodePerEmail' | 'signInCodePerIp' | 'verifyCodePerIp'>

const locale = z.enum(['fr', 'en']).optional()
const requestCodeBody = z.object({ email: z.string().trim().pipe(emailAddress), locale })
const verifyCodeBody = z.object({
  email: z.string().trim().pipe(emailAddress),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  locale,
})
const signOutBody = z.object({ locale }).optional()
const stepUpRequestBody = z.object({ locale }).optional()
const stepUpVerifyBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  locale,
})

/** Behind a TLS-terminating proxy the URL says http: the proxy's header says what the browser used. */
export function isSecureRequest(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return new URL(request.url).protocol === 'https:' || forwarded === 'https'
}

const json = (status: number, body: unknown, setCookie?: string, extraHeaders: Record<string, string> = {}) => {
  const headers = new Headers({ 'cache-control': 'private, no-store', ...extraHeaders })
  if (setCookie) headers.append('set-cookie', setCookie)
  return Response.json(body, { status, headers })
}

const failure = (status: number, code: ErrorCode, lang: Locale, extra: Record<string, unknown> = {}) =>
  json(status, { error: { code, message: errorMessage(code, lang), ...extra } })

const tooManyRequests = (refused: RateLimitDecision, lang: Locale) =>
  json(
    429,
    {
      error: {
        code: 'rate-limited',
        message: errorMessage('rate-limited', lang),
        retryAfterSeconds: refused.retryAfterSeconds,
      },
    },
    undefined,
    { 'retry-after': String(refused.retryAfterSeconds) },
  )

/**
 * Where a session transfer lands: the admin area on success; on a refusal, this portal's sign-in
 * page, which says why in the reader's language and signs the person in the usual way.
 */
const transferRedirect = (path: string, setCookie?: string) => {
  const headers = new Headers({
    location: path,
    'cache-control': 'private, no-store',
    // The token is in this request's URL: the next page must not send it on as a referrer.
    'referrer-policy': 'no-referrer',
  })
  if (setCookie) headers.append('set-cookie', setCookie)
  return new Response(null, { status: 303, headers })
}

/** Whether the request's Referer is a page of `origin` (our pages send their origin cross-site). */
function referredBy(request: Request, origin: string | null | undefined): boolean {
  const referer = request.headers.get('referer')
  if (!origin || !referer) return false
  try {
    return new URL(referer).origin === origin
  } catch {
    return false
  }
}

export type TransferRefusalReason = TransferRefusal | 'cross-site'

const allowed: RateLimitDecision = { allowed: true, retryAfterSeconds: 0, remaining: Number.POSITIVE_INFINITY }

/**
 * Consumes the buckets in order and stops at the first refusal, so a caller already refused by
 * its address does not also spend the buckets of the emails it names.
 */
async function firstRefusal(consumptions: (() => Promise<RateLimitDecision>)[]): Promise<RateLimitDecision | null> {
  for (const consume of consumptions) {
    const decision = await consume()
    if (!decision.allowed) return decision
  }
  return null
}

/**
 * Reads a JSON body. Only application/json is accepted: a cross-site form cannot send it without
 * a CORS preflight, which is what keeps these POSTs out of reach of other origins.
 */
async function readBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const lang = pickLocale(undefined, request.headers.get('accept-language'))
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') return { ok: false, response: failure(415, 'unsupported-media-type', lang) }
  const raw: unknown = await request.json().catch(() => undefined)
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, response: failure(400, 'invalid-input', lang) }
  return { ok: true, data: parsed.data }
}

/** The session a request's cookie names, if its signature checks out (whether it is live is the database's call). */
const sessionIdOf = (request: Request, secret: string) => {
  const token = sessionTokenFrom(request.headers, isSecureRequest(request))
  return token ? readSessionToken(secret, token) : null
}

/**
 * The POST endpoints of the dev adapter, as plain Request -> Response functions: sign-in (request
 * and verify a code), sign-out, and step-up (a signed-in session confirms a code sent to its own
 * address before a sensitive action).
 */
export function createDevAuthHandlers(options: DevAuthHandlerOptions) {
  const { database, mailer, secret, now, rateLimits } = options
  const addressOf = options.clientAddress ?? (() => sharedClientBucket)
  const consume = (limit: keyof SignInRateLimits, key: string) => () =>
    rateLimits ? rateLimits[limit].consume(key) : Promise.resolve(allowed)
  return {
    async requestCode(request: Request): Promise<Response> {
      const body = await readBody(request, requestCodeBody)
      if (!body.ok) return body.response
      const lang = pickLocale(body.data.locale, request.headers.get('accept-language'))
      // Before anything else, and without looking the account up: a limited known email and a
      // limited unknown one get the very same answer.
      const refused = await firstRefusal([
        consume('signInCodePerIp', addressOf(request)),
        consume('signInCodePerEmail', normalizeEmail(body.data.email)),
      ])
      if (refused) return tooManyRequests(refused, lang)
      const result = await requestSignInCode(
        database,
        mailer,
        { email: body.data.email, locale: lang },
        { secret, now },
      )
      return json(202, result)
    },

    async verifyCode(request: Request): Promise<Response> {
      const body = await readBody(request, verifyCodeBody)
      if (!body.ok) return body.response
      const lang = pickLocale(body.data.locale, request.headers.get('accept-language'))
      // Each code locks after 5 wrong tries; this bounds guessing spread over many fresh codes.
      const refused = await firstRefusal([consume('verifyCodePerIp', addressOf(request))])
      if (refused) return tooManyRequests(refused, lang)
      const result = await verifySignInCode(database, body.data, { secret, now })
      if (!result.ok) {
        const extra = result.attemptsLeft === undefined ? {} : { attemptsLeft: result.attemptsLeft }
        return failure(result.reason === 'account-unavailable' ? 403 : 401, result.reason, lang, extra)
      }
      return json(200, { status: 'signed-in' }, sessionCookie(result.sessionToken, isSecureRequest(request)))
    },

    async stepUpRequestCode(request: Request): Promise<Response> {
      const body = await readBody(request, stepUpRequestBody)
      if (!body.ok) return body.response
      const lang = pickLocale(body.data?.locale, request.headers.get('accept-language'))
      const sessionId = sessionIdOf(request, secret)
      if (!sessionId) return failure(401, 'not-signed-in', lang)
      // The same buckets as sign-in codes: a stolen session cannot flood its owner's mailbox.
      const refused = await firstRefusal([
        consume('signInCodePerIp', addressOf(request)),
        consume('signInCodePerEmail', `step-up:${sessionId}`),
      ])
      if (refused) return tooManyRequests(refused, lang)
      const result = await requestStepUpCode(database, mailer, { sessionId, locale: lang }, { secret, now })
      if (!result.ok) return failure(401, result.reason, lang)
      return json(202, { status: 'sent', email: result.email, validForMinutes: codeLifetimeMinutes })
    },

    async stepUpVerifyCode(request: Request): Promise<Response> {
      const body = await readBody(request, stepUpVerifyBody)
      if (!body.ok) return body.response
      const lang = pickLocale(body.data.locale, request.headers.get('accept-language'))
      const sessionId = sessionIdOf(request, secret)
      if (!sessionId) return failure(401, 'not-signed-in', lang)
      const refused = await firstRefusal([consume('verifyCodePerIp', addressOf(request))])
      if (refused) return tooManyRequests(refused, lang)
      const result = await verifyStepUpCode(database, { sessionId, code: body.data.code }, { secret, now })
      if (!result.ok) {
        const extra = result.attemptsLeft === undefined ? {} : { attemptsLeft: result.attemptsLeft }
        return failure(401, result.reason, lang, extra)
      }
      return json(200, { status: 'confirmed', verifiedAt: result.verifiedAt.toISOString() })
    },

    /**
     * GET /api/auth/dev/session-transfer?token=…&locale=… on a portal's host: redeems the one-time
     * token "start your business" made for this portal, sets this host's session cookie and goes on
     * to the admin area. `tenantId` is the business of the request's host (null for any other
     * host); `platformOrigin` the platform's own site, where the link is opened from. A navigation
     * another site started is refused before the token is looked at, so a page elsewhere cannot
     * sign a visitor into someone else's account: `Sec-Fetch-Site: cross-site` passes only with a
     * Referer from the platform's site (browsers count `localhost` and `x.localhost`, or a custom
     * domain, as two sites). Without a target, no portal matches: refused.
     */
    async redeemTransfer(
      request: Request,
      target: { tenantId: string | null; platformOrigin?: string | null } = { tenantId: null },
    ): Promise<Response> {
      const url = new URL(request.url)
      const lang = pickLocale(
        url.searchParams.get('locale') === 'en' ? 'en' : url.searchParams.get('locale') === 'fr' ? 'fr' : undefined,
        request.headers.get('accept-language'),
      )
      const refuse = (reason: TransferRefusalReason) =>
        transferRedirect(
          `/${lang}/sign-in?${new URLSearchParams({ handover: reason, next: `/${lang}/admin` }).toString()}`,
        )
      if (request.headers.get('sec-fetch-site') === 'cross-site' && !referredBy(request, target.platformOrigin)) {
        return refuse('cross-site')
      }
      const refused = await firstRefusal([consume('verifyCodePerIp', addressOf(request))])
      if (refused) return tooManyRequests(refused, lang)
      const token = url.searchParams.get('token') ?? ''
      const result = await redeemSessionTransfer(database, { token, tenantId: target.tenantId }, { secret, now })
      if (!result.ok) return refuse(result.reason)
      return transferRedirect(`/${lang}/admin`, sessionCookie(result.sessionToken, isSecureRequest(request)))
    },

    async signOut(request: Request): Promise<Response> {
      const body = await readBody(request, signOutBody)
      if (!body.ok) return body.response
      const secure = isSecureRequest(request)
      await signOut(database, sessionTokenFrom(request.headers, secure), { secret, now })
      return json(200, { status: 'signed-out' }, clearedSessionCookie(secure))
    },
  }
}

export type DevAuthHandlers = ReturnType<typeof createDevAuthHandlers>
