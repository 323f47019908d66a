import { createHmac, createSign, generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * Offline stand-ins for a Clerk instance: its signing key (session tokens), its webhook signing
 * secret (Svix), and its Backend API (the users and organizations just-in-time provisioning reads).
 */

/**
 * The one extra origin the server under test accepts (CLERK_AUTHORIZED_PARTIES), say a business's
 * custom domain; its own origins (root domain, portals) are authorized per request.
 */
export const extraOrigin = 'https://portal.clerk-shop.example'

export interface LocalClerk {
  /** SPKI PEM of a 2048-bit RSA key, as the Clerk dashboard shows it (CLERK_JWT_KEY). */
  publicPem: string
  sign(claims: Record<string, unknown>): string
  /** A token signed by another key: what a forger can produce. */
  signWithOtherKey(claims: Record<string, unknown>): string
  webhookSecret: string
  env(apiUrl: string): Record<string, string>
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

function signer(privateKey: string) {
  return (claims: Record<string, unknown>) => {
    const head = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'ins_local' }))}.${base64url(JSON.stringify(claims))}`
    const signature = createSign('RSA-SHA256').update(head).sign(privateKey)
    return `${head}.${base64url(signature)}`
  }
}

const keyPair = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })

export function createLocalClerk(): LocalClerk {
  const instance = keyPair()
  const forger = keyPair()
  const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`
  return {
    publicPem: instance.publicKey.trim(),
    sign: signer(instance.privateKey),
    signWithOtherKey: signer(forger.privateKey),
    webhookSecret,
    env: (apiUrl) => ({
      CLERK_SECRET_KEY: 'sk_test_local',
      // pk_test_ + base64("<frontend api host>$"): a host that is never reached offline.
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from('clerk.portail.test$').toString('base64')}`,
      CLERK_JWT_KEY: instance.publicKey.trim(),
      CLERK_AUTHORIZED_PARTIES: extraOrigin,
      CLERK_WEBHOOK_SIGNING_SECRET: webhookSecret,
      CLERK_API_URL: apiUrl,
      NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: '1',
      CLERK_TELEMETRY_DISABLED: '1',
    }),
  }
}

/** v2 session claims minted for the page at `azp` (an origin), `now` in seconds. */
export function sessionClaims(input: {
  sub: string
  azp: string
  orgId?: string
  role?: string
  now?: number
}): Record<string, unknown> {
  const now = input.now ?? Math.floor(Date.now() / 1000)
  return {
    v: 2,
    sub: input.sub,
    sid: `sess_${input.sub}`,
    azp: input.azp,
    iss: 'https://clerk.portail.test',
    iat: now - 5,
    nbf: now - 5,
    exp: now + 60,
    sts: 'active',
    fva: [1, -1],
    ...(input.orgId ? { o: { id: input.orgId, slg: 'x', rol: input.role ?? 'admin' } } : {}),
  }
}

/** Headers of a Svix-signed delivery (Standard Webhooks: HMAC-SHA256 over id.timestamp.body). */
export function webhookHeaders(secret: string, id: string, body: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000))
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': `v1,${signature}` }
}

export interface FakeClerkApi {
  url: string
  users: Map<string, { email: string; firstName: string; operator?: boolean }>
  /** Organizations created through POST /v1/organizations, as their JSON. */
  createdOrganizations: Record<string, unknown>[]
  /**
   * Runs once an organization is created and before Clerk's answer leaves: what Clerk's webhooks
   * can do while the caller still waits (a race the onboarding must survive).
   */
  beforeAnsweringCreation: ((organization: Record<string, unknown>) => Promise<void>) | null
  /** DELETE /v1/organizations/:id calls (an onboarding's compensation). */
  deletedOrganizations: string[]
  close(): Promise<void>
}

/** GET /v1/users/:id from a map, POST /v1/organizations; everything else is Clerk's 404. */
export async function startFakeClerkApi(): Promise<FakeClerkApi> {
  const users: FakeClerkApi['users'] = new Map()
  const createdOrganizations: Record<string, unknown>[] = []
  const deletedOrganizations: string[] = []
  const fake: Pick<FakeClerkApi, 'beforeAnsweringCreation'> = { beforeAnsweringCreation: null }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const deleted = /^\/v1\/organizations\/([^/?]+)$/.exec(request.url ?? '')?.[1]
    if (request.method === 'DELETE' && deleted) {
      deletedOrganizations.push(decodeURIComponent(deleted))
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ object: 'organization', id: deleted, deleted: true }))
      return
    }
    if (request.method === 'POST' && request.url === '/v1/organizations') {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
        const now = Date.now()
        const organization = {
          object: 'organization',
          id: `org_created_${createdOrganizations.length + 1}`,
          name: body.name,
          slug: body.slug,
          created_by: body.created_by,
          public_metadata: body.public_metadata ?? {},
          private_metadata: {},
          created_at: now,
          updated_at: now,
        }
        createdOrganizations.push(organization)
        const hook = fake.beforeAnsweringCreation ?? (() => Promise.resolve())
        void hook(organization).finally(() => {
          response.writeHead(200, { 'content-type': 'application/json' })
          response.end(JSON.stringify(organization))
        })
      })
      return
    }
    const id = /^\/v1\/users\/([^/?]+)/.exec(request.url ?? '')?.[1]
    const user = id ? users.get(decodeURIComponent(id)) : undefined
    response.writeHead(user ? 200 : 404, { 'content-type': 'application/json' })
    if (!id || !user) {
      response.end(JSON.stringify({ errors: [{ code: 'resource_not_found', message: 'not found' }] }))
      return
    }
    response.end(
      JSON.stringify({
        object: 'user',
        id,
        first_name: user.firstName,
        last_name: null,
        username: null,
        locale: 'en',
        primary_email_address_id: 'idn_1',
        email_addresses: [
          {
            id: 'idn_1',
            email_address: user.email,
            verification: { status: 'verified', strategy: 'email_code' },
            linked_to: [],
          },
        ],
        public_metadata: user.operator ? { role: 'operator' } : {},
        private_metadata: {},
        unsafe_metadata: {},
        created_at: Date.parse('2026-11-01T00:00:00Z'),
        updated_at: Date.parse('2026-11-01T00:00:00Z'),
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    users,
    createdOrganizations,
    deletedOrganizations,
    get beforeAnsweringCreation() {
      return fake.beforeAnsweringCreation
    },
    set beforeAnsweringCreation(hook) {
      fake.beforeAnsweringCreation = hook
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
