import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { clerkOrganizationJson, type FakeOrganization } from './fake-clerk-api'

export const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`

let sequence = 0
/** A fresh svix-id. */
export const deliveryId = () => `msg_${Date.now().toString(36)}_${(sequence++).toString(36)}`

/** A Clerk webhook delivery signed the way Clerk (Svix) signs it; `tamper` edits the body after signing. */
export function clerkDelivery(
  type: string,
  data: Record<string, unknown>,
  options: { id?: string; secret?: string; tamper?: (body: string) => string } = {},
): Request {
  const id = options.id ?? deliveryId()
  const at = new Date()
  const body = JSON.stringify({ type, object: 'event', timestamp: at.getTime(), instance_id: 'ins_local', data })
  const signature = new Webhook(options.secret ?? webhookSecret).sign(id, at, body)
  return new Request('https://app.portail.test/api/webhooks/clerk', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': signature,
    },
    body: options.tamper ? options.tamper(body) : body,
  })
}

export function clerkMembershipJson(input: {
  organization: FakeOrganization
  userId: string
  role: string
  firstName?: string
  updatedAt?: number
}): Record<string, unknown> {
  const updatedAt = input.updatedAt ?? Date.parse('2026-11-01T10:00:00Z')
  return {
    object: 'organization_membership',
    id: `orgmem_${input.organization.id}_${input.userId}`,
    role: input.role,
    permissions: [],
    organization: clerkOrganizationJson(input.organization),
    public_user_data: { user_id: input.userId, first_name: input.firstName ?? null, last_name: null, identifier: 'x' },
    created_at: updatedAt - 1000,
    updated_at: updatedAt,
  }
}
