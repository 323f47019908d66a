import { SimulatorActionError, type StripeSimulator } from '@portail/billing/simulator'
import { z } from 'zod'

/** What the hosted page does next: go to a URL (success, cancel, return), or re-render in place. */
export type HostedAnswer = { next: 'redirect'; url: string } | { next: 'refresh' }

const checkoutAction = z
  .object({ action: z.enum(['pay', 'decline', 'pay_3ds', 'authenticate', 'fail_authentication', 'cancel']) })
  .strict()
const onboardingAction = z.object({ action: z.enum(['complete', 'later']) }).strict()
const simulatorId = z.string().regex(/^(cs_test|acct)_[A-Za-z0-9]{8,80}$/)

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })

/**
 * The hosted pages' buttons call these with fetch, JSON, from the page's own origin: a form on
 * another site cannot press them (it cannot send JSON cross-origin without a preflight we never
 * answer, and its Origin would differ).
 */
async function readAction<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T> | Response> {
  const origin = request.headers.get('origin')
  const host = request.headers.get('host')
  if (!origin || !host || new URL(origin).host !== host) return json(403, { error: 'cross_origin' })
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
    return json(415, { error: 'json_only' })
  const text = await request.text()
  if (text.length > 1000) return json(413, { error: 'too_large' })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return json(400, { error: 'bad_json' })
  }
  const parsed = schema.safeParse(body)
  return parsed.success ? parsed.data : json(400, { error: 'bad_action' })
}

const conflict = (error: unknown) => {
  if (error instanceof SimulatorActionError) return json(error.code === 'not_found' ? 404 : 409, { error: error.code })
  throw error
}

export async function answerCheckoutAction(
  request: Request,
  sessionId: string,
  simulator: StripeSimulator | null,
): Promise<Response> {
  if (!simulator || !simulatorId.safeParse(sessionId).success) return json(404, { error: 'not_found' })
  const input = await readAction(request, checkoutAction)
  if (input instanceof Response) return input
  try {
    const outcome =
      input.action === 'pay'
        ? await simulator.pay(sessionId, 'succeed')
        : input.action === 'decline'
          ? await simulator.pay(sessionId, 'decline')
          : input.action === 'pay_3ds'
            ? await simulator.pay(sessionId, 'require_3ds')
            : input.action === 'authenticate'
              ? await simulator.complete3ds(sessionId, true)
              : input.action === 'fail_authentication'
                ? await simulator.complete3ds(sessionId, false)
                : await simulator.cancel(sessionId)
    const answer: HostedAnswer =
      outcome.kind === 'redirect' ? { next: 'redirect', url: outcome.url } : { next: 'refresh' }
    return json(200, answer)
  } catch (error) {
    return conflict(error)
  }
}

export async function answerOnboardingAction(
  request: Request,
  accountId: string,
  simulator: StripeSimulator | null,
): Promise<Response> {
  if (!simulator || !simulatorId.safeParse(accountId).success) return json(404, { error: 'not_found' })
  const input = await readAction(request, onboardingAction)
  if (input instanceof Response) return input
  try {
    const view = await simulator.getOnboarding(accountId)
    if (!view) return json(404, { error: 'not_found' })
    const url =
      input.action === 'complete' ? (await simulator.completeOnboarding(accountId)).returnUrl : view.refreshUrl
    const answer: HostedAnswer = url ? { next: 'redirect', url } : { next: 'refresh' }
    return json(200, answer)
  } catch (error) {
    return conflict(error)
  }
}
