import type { Tx } from '@portail/db'
import { tenants, users } from '@portail/db/schema'
import { queueMail, renderEmail, tenantBrandColumns, tenantEmailBrand } from '@portail/email'
import { noteQueued } from '@portail/events'
import { eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { invitationLink, type PortalLinks } from './portal-links'

/**
 * Queues the invitation email in the staff transaction (mail_outbox): it leaves only if the
 * invitation commits. Written in the business's default language, the expiry on its clock.
 */
export async function sendInvitationMail(
  tx: Tx,
  staff: StaffActor,
  invitation: { id: string; email: string; role: 'admin' | 'staff'; expiresAt: Date; token: string; tokenHash: string },
  links: PortalLinks,
): Promise<void> {
  const [tenant] = await tx
    .select({ ...tenantBrandColumns, locale: tenants.defaultLocale, timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, staff.tenantId))
  const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, staff.userId))
  if (!tenant) throw new Error('the staff member’s tenant is not visible')
  const mail = await renderEmail(
    'staff-invitation',
    {
      inviterName: inviter?.name ?? tenant.name,
      role: invitation.role,
      link: invitationLink(links, invitation.token),
      expiresAt: invitation.expiresAt.toISOString(),
      timeZone: tenant.timeZone,
    },
    { locale: tenant.locale, brand: tenantEmailBrand(tenant, links.portalOrigin) },
  )
  await queueMail(tx, {
    to: invitation.email,
    locale: tenant.locale,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    kind: 'staff-invitation',
    tenantId: staff.tenantId,
    // One message per token: a resend (new token) is a new message, a retried commit is not.
    idempotencyKey: `staff-invitation:${invitation.id}:${invitation.tokenHash.slice(0, 16)}`,
  })
  // The mail relay is nudged once this transaction commits (the API's procedures see to it).
  noteQueued('mail')
}
