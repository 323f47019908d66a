import type { Tx } from '@portail/db'
import { clients, tenants } from '@portail/db/schema'
import { queueMail, renderEmail, tenantBrandColumns, tenantEmailBrand } from '@portail/email'
import { noteQueued } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import { randomUUID } from 'node:crypto'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import type { PortalLinks } from '../invitations/portal-links'

/**
 * Staff email a client they recorded (no account yet) an invitation to the portal, in the
 * client's language. No token: the client signs in with that email and joining links the record
 * (joinPortal). Queued in the staff transaction, audited.
 */
export async function inviteClient(tx: Tx, staff: StaffActor, input: { id: string }, links: PortalLinks) {
  const [client] = await tx
    .select({
      id: clients.id,
      fullName: clients.fullName,
      email: clients.email,
      userId: clients.userId,
      locale: clients.locale,
      archivedAt: clients.archivedAt,
    })
    .from(clients)
    .where(and(eq(clients.tenantId, staff.tenantId), eq(clients.id, input.id)))
  if (!client) throw new DomainError('NOT_FOUND', 'client.notFound', { params: { id: input.id } })
  if (client.userId) throw new DomainError('CONFLICT', 'client.alreadyLinked')
  if (client.archivedAt) throw new DomainError('CONFLICT', 'client.archived')
  if (!client.email) throw new DomainError('BAD_REQUEST', 'client.noEmail', { field: 'email' })
  const [tenant] = await tx.select(tenantBrandColumns).from(tenants).where(eq(tenants.id, staff.tenantId))
  if (!tenant) throw new Error('the staff member’s tenant is not visible')
  const mail = await renderEmail(
    'client-portal-invitation',
    { clientName: client.fullName },
    { locale: client.locale, brand: tenantEmailBrand(tenant, `${links.portalOrigin}/`) },
  )
  await queueMail(tx, {
    to: client.email,
    locale: client.locale,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    kind: 'client-portal-invitation',
    tenantId: staff.tenantId,
    idempotencyKey: `client-portal-invitation:${client.id}:${randomUUID()}`,
  })
  // The mail relay is nudged once this transaction commits (the API's procedures see to it).
  noteQueued('mail')
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'client.invited',
    entityType: 'client',
    entityId: client.id,
    clientId: client.id,
  })
  return { id: client.id, sentTo: client.email }
}
