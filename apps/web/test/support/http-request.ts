import { request } from 'node:http'

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * GET or POST with an explicit Host header. fetch() silently replaces Host, and Node cannot
 * resolve *.localhost, so tenant hosts are reached by connecting to localhost and naming the host.
 */
export function httpRequest(
  port: number,
  options: { host: string; path: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> },
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: 'localhost',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: {
          host: options.host,
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.setTimeout(30_000, () => req.destroy(new Error(`timed out: ${options.host}${options.path}`)))
    req.end(options.body)
  })
}
