import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * A local stand-in for Clerk's Backend API (GET /v1/users/:id, GET /v1/organizations/:id), serving
 * the same JSON Clerk sends, which is also the `data` of Clerk's webhook events.
 */

export interface FakeUser {
  id: string
  email: string
  emailVerified?: boolean
  firstName?: string | null
  lastName?: string | null
  locale?: string | null
  operator?: boolean
  updatedAt?: number
}

export interface FakeOrganization {
  id: string
  name: string
  slug: string
  createdBy?: string
  /** As the Backend API stored it (POST /v1/organizations `public_metadata`). */
  publicMetadata?: Record<string, unknown>
  updatedAt?: number
}

export function clerkUserJson(user: FakeUser): Record<string, unknown> {
  const updatedAt = user.updatedAt ?? Date.parse('2026-11-01T10:00:00Z')
  return {
    object: 'user',
    id: user.id,
    username: null,
    first_name: user.firstName ?? null,
    last_name: user.lastName ?? null,
    locale: user.locale ?? null,
    primary_email_address_id: `idn_${user.id}`,
    email_addresses: [
      {
        object: 'email_address',
        id: `idn_${user.id}`,
        email_address: user.email,
        verification: { status: user.emailVerified === false ? 'unverified' : 'verified', strategy: 'email_code' },
        linked_to: [],
      },
    ],
    phone_numbers: [],
    web3_wallets: [],
    external_accounts: [],
    public_metadata: user.operator ? { role: 'operator' } : {},
    private_metadata: {},
    unsafe_metadata: {},
    created_at: updatedAt - 1000,
    updated_at: updatedAt,
  }
}

export function clerkOrganizationJson(organization: FakeOrganization): Record<string, unknown> {
  const updatedAt = organization.updatedAt ?? Date.parse('2026-11-01T10:00:00Z')
  return {
    object: 'organization',
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    created_by: organization.createdBy,
    public_metadata: organization.publicMetadata ?? {},
    private_metadata: {},
    max_allowed_memberships: 0,
    admin_delete_enabled: true,
    members_count: 1,
    created_at: updatedAt - 1000,
    updated_at: updatedAt,
  }
}

export interface FakeClerkApi {
  url: string
  users: Map<string, FakeUser>
  organizations: Map<string, FakeOrganization>
  /** Paths requested, in order. */
  requests: string[]
  /** JSON bodies of the writes (POST, PATCH), in order. */
  writes: { method: string; path: string; body: unknown }[]
  /** Memberships held, `<org id> <user id>` -> role. */
  memberships: Map<string, string>
  close(): Promise<void>
}

export async function startFakeClerkApi(): Promise<FakeClerkApi> {
  const users = new Map<string, FakeUser>()
  const organizations = new Map<string, FakeOrganization>()
  const requests: string[] = []
  const writes: FakeClerkApi['writes'] = []
  const memberships = new Map<string, string>()
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
  const notFound = { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'not found' }] }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const body: unknown = text === '' ? null : JSON.parse(text)
      handle(request, response, body)
    })
  })
  const field = (body: unknown, name: string) =>
    typeof body === 'object' && body !== null && name in body ? String((body as Record<string, unknown>)[name]) : ''
  const membershipJson = (orgId: string, userId: string, role: string) => ({
    object: 'organization_membership',
    id: `orgmem_${orgId}_${userId}`,
    role,
    permissions: [],
    public_metadata: {},
    private_metadata: {},
    created_at: 0,
    updated_at: 0,
    organization: clerkOrganizationJson(organizations.get(orgId) ?? { id: orgId, name: orgId, slug: orgId }),
    public_user_data: {
      user_id: userId,
      first_name: null,
      last_name: null,
      identifier: userId,
      image_url: '',
      has_image: false,
    },
  })
  const handle = (request: IncomingMessage, response: ServerResponse, body: unknown) => {
    const method = request.method ?? 'GET'
    const path = new URL(request.url ?? '/', 'http://local').pathname
    requests.push(`${method} ${path}`)
    if (method === 'POST' || method === 'PATCH') writes.push({ method, path, body })
    if (method === 'POST' && path === '/v1/organizations') {
      const id = `org_${organizations.size + 1}`
      const metadata =
        typeof body === 'object' && body !== null && 'public_metadata' in body ? body.public_metadata : null
      const created = {
        id,
        name: field(body, 'name'),
        slug: field(body, 'slug'),
        createdBy: field(body, 'created_by'),
        publicMetadata: typeof metadata === 'object' && metadata !== null ? { ...metadata } : {},
      }
      organizations.set(id, created)
      memberships.set(`${id} ${created.createdBy}`, 'org:admin')
      return send(response, 200, clerkOrganizationJson(created))
    }
    const orgPath = /^\/v1\/organizations\/([^/]+)(?:\/memberships(?:\/([^/]+))?)?$/.exec(path)
    if (orgPath && method !== 'GET') {
      const orgId = decodeURIComponent(orgPath[1] ?? '')
      if (!organizations.has(orgId)) return send(response, 404, notFound)
      if (method === 'DELETE' && orgPath[2] === undefined && !path.includes('/memberships')) {
        organizations.delete(orgId)
        return send(response, 200, { object: 'organization', id: orgId, deleted: true })
      }
      const userId = orgPath[2] ? decodeURIComponent(orgPath[2]) : field(body, 'user_id')
      const key = `${orgId} ${userId}`
      // Like Clerk: a membership that does not exist cannot be changed or deleted.
      if ((method === 'PATCH' || method === 'DELETE') && !memberships.has(key)) return send(response, 404, notFound)
      if (method === 'DELETE') {
        const role = memberships.get(key) ?? ''
        memberships.delete(key)
        return send(response, 200, membershipJson(orgId, userId, role))
      }
      if (method === 'POST' && memberships.has(key)) {
        return send(response, 422, {
          errors: [{ code: 'already_a_member_in_organization', message: 'already a member' }],
        })
      }
      memberships.set(key, field(body, 'role'))
      return send(response, 200, membershipJson(orgId, userId, field(body, 'role')))
    }
    const listed = /^\/v1\/organizations\/([^/]+)\/memberships$/.exec(path)?.[1]
    if (listed && method === 'GET') {
      const orgId = decodeURIComponent(listed)
      const wanted = new URL(request.url ?? '/', 'http://local').searchParams.getAll('user_id')
      const data = [...memberships]
        .filter(([key]) => key.startsWith(`${orgId} `) && wanted.includes(key.slice(orgId.length + 1)))
        .map(([key, role]) => membershipJson(orgId, key.slice(orgId.length + 1), role))
      return send(response, 200, { data, total_count: data.length })
    }
    const user = /^\/v1\/users\/([^/]+)$/.exec(path)?.[1]
    if (user) {
      const found = users.get(decodeURIComponent(user))
      return found ? send(response, 200, clerkUserJson(found)) : send(response, 404, notFound)
    }
    const organization = /^\/v1\/organizations\/([^/]+)$/.exec(path)?.[1]
    if (organization) {
      const found = organizations.get(decodeURIComponent(organization))
      return found ? send(response, 200, clerkOrganizationJson(found)) : send(response, 404, notFound)
    }
    send(response, 404, notFound)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    users,
    organizations,
    requests,
    writes,
    memberships,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
