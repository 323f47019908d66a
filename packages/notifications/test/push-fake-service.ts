import { execFileSync } from 'node:child_process'
import { createECDH, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What the fake push service saw of one message (it decrypts nothing). */
export interface PushCall {
  path: string
  headers: Record<string, string | string[] | undefined>
  bodyBytes: number
}

export interface FakePushService {
  /** An endpoint of this service; `answer` is the HTTP status it gives messages sent there. */
  endpoint(name: string, answer?: number): string
  calls: PushCall[]
  /** Trusts the service's self-signed certificate: web-push speaks https only. */
  agent: Agent
  close(): Promise<void>
}

/** A self-signed certificate for 127.0.0.1, made by openssl in a throwaway folder. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-push-'))
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1']
        .concat(['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'])
        .concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    )
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A local stand-in for a browser vendor's push service (FCM, autopush): records each message and
 * answers 201, or what its endpoint was made to answer (410: the subscription is gone).
 */
export async function startFakePushService(): Promise<FakePushService> {
  const { key, cert } = selfSignedCertificate()
  const answers = new Map<string, number>()
  const calls: PushCall[] = []
  const server: Server = createServer({ key, cert }, (request, response) => {
    let bytes = 0
    request.on('data', (chunk: Buffer) => (bytes += chunk.length))
    request.on('end', () => {
      const path = request.url ?? ''
      calls.push({ path, headers: request.headers, bodyBytes: bytes })
      response.writeHead(answers.get(path) ?? 201)
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  const agent = new Agent({ ca: cert })
  return {
    endpoint(name, answer) {
      if (answer !== undefined) answers.set(`/push/${name}`, answer)
      return `${origin}/push/${name}`
    },
    calls,
    agent,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy()
        server.close(() => resolve())
      }),
  }
}

/** The keys a browser's PushSubscription carries: its ECDH P-256 public key and a 16-byte secret. */
export function browserKeys(): { p256dh: string; auth: string } {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') }
}
