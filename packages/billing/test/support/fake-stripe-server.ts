import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A tiny local HTTP server playing api.stripe.com for the adapter's tests: the SDK is pointed at
 * it with host/port/protocol, every request is recorded (headers and form body), and each test
 * says what Stripe answers. An unrouted request gets Stripe's 404 invalid_request_error.
 */

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The form-encoded body: nested params read as `payment_intent_data[application_fee_amount]`. */
  body: URLSearchParams
}

export interface FakeReply {
  status?: number
  body: unknown
}

export type FakeRoute = FakeReply | ((request: RecordedRequest) => FakeReply)

export interface FakeStripeServer {
  port: number
  requests: RecordedRequest[]
  /** Answers `METHOD /v1/path` with these replies in turn (the last one repeats). */
  on(method: string, path: string, ...replies: FakeRoute[]): void
  close(): Promise<void>
}

export async function startFakeStripeServer(): Promise<FakeStripeServer> {
  const routes = new Map<string, FakeRoute[]>()
  const requests: RecordedRequest[] = []

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const method = incoming.method ?? 'GET'
      const text = Buffer.concat(chunks).toString('utf8')
      const request: RecordedRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        // The SDK sends GET and DELETE parameters in the query string.
        body: new URLSearchParams(method === 'GET' || method === 'DELETE' ? url.search : text),
      }
      requests.push(request)
      const queue = routes.get(`${method} ${url.pathname}`)
      const route = queue === undefined ? undefined : queue.length > 1 ? queue.shift() : queue[0]
      const reply: FakeReply =
        route === undefined
          ? {
              status: 404,
              body: {
                error: {
                  type: 'invalid_request_error',
                  message: `Unrecognized request URL (${method}: ${url.pathname})`,
                },
              },
            }
          : typeof route === 'function'
            ? route(request)
            : route
      response.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        'request-id': `req_${requests.length}`,
      })
      response.end(JSON.stringify(reply.body))
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    port,
    requests,
    on(method, path, ...replies) {
      routes.set(`${method} ${path}`, replies)
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error === undefined ? resolve() : reject(error)))
      }),
  }
}

/** A Stripe list page. */
export function list(
  url: string,
  data: unknown[],
  hasMore = false,
): { object: 'list'; url: string; data: unknown[]; has_more: boolean } {
  return { object: 'list', url, data, has_more: hasMore }
}

/** A Stripe error body. */
export function stripeError(status: number, error: Record<string, unknown>): FakeReply {
  return { status, body: { error } }
}
