import type { DeliverWebhook } from '@portail/billing/simulator'

export interface DeliveryOptions {
  /** This server's origin: the simulator posts to its own webhook routes, as Stripe would. */
  origin: string
  fetch?: typeof fetch
  /** Waits between attempts; injected in tests. */
  sleep?: (ms: number) => Promise<void>
  /** Delays before each retry: Stripe retries for days; a local run needs seconds. */
  retryDelaysMs?: readonly number[]
  onGiveUp: (detail: { endpoint: string; status: number | null; error: unknown }) => void
}

const paths = { platform: '/api/webhooks/stripe', connect: '/api/webhooks/stripe/connect' } as const

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * POSTs each signed event to this app's own webhook route, retrying a few times with backoff on a
 * network error or a 5xx (a 4xx is the route's answer: retrying cannot change it). A delivery that
 * still fails is reported and dropped: the daily reconciliation repairs what it missed.
 */
export function createSimulatorDelivery(options: DeliveryOptions): DeliverWebhook {
  const send = options.fetch ?? fetch
  const sleep = options.sleep ?? defaultSleep
  const delays = options.retryDelaysMs ?? [500, 2000, 8000]
  return async (endpoint, payload, signature) => {
    const url = `${options.origin}${paths[endpoint]}`
    let lastStatus: number | null = null
    let lastError: unknown = null
    for (let attempt = 0; attempt <= delays.length; attempt += 1) {
      if (attempt > 0) await sleep(delays[attempt - 1] ?? 0)
      try {
        const response = await send(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': signature,
            'user-agent': 'Stripe/1.0 (portail simulator)',
          },
          body: payload,
        })
        await response.body?.cancel()
        lastStatus = response.status
        if (response.status < 500) {
          if (response.ok) return
          lastError = new Error(`the webhook route answered ${response.status}`)
          break
        }
        lastError = new Error(`the webhook route answered ${response.status}`)
      } catch (error) {
        lastStatus = null
        lastError = error
      }
    }
    options.onGiveUp({ endpoint: url, status: lastStatus, error: lastError })
  }
}
