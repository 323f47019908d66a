import 'server-only'
import type { Identity } from '@portail/auth'
import type { PublicTenant } from '@portail/core/tenants'
import type { Locale } from '@portail/i18n'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import { serverContext } from '../trpc/server'
import { signInHref } from './sign-in-return'
import { visiblePathHeader } from './locale-routing'

export interface PortalAccess {
  tenant: PublicTenant
  identity: Identity
  /** This person's client record here, or null before they join. */
  clientId: string | null
  /** Their role on the team, when they are also staff here. */
  staffRole: 'owner' | 'admin' | 'staff' | null
}

/**
 * The gate of every /portal layout and page: a visitor is sent to sign in and brought back to the
 * page they asked for; anyone signed in gets who they are here (client, staff, or neither yet). The
 * tenant is the one the API context resolved from the Host; a path naming another business is a
 * 404. Memoised per request; the procedures the pages call check the same again.
 */
export const requirePortalReader = cache(async (locale: Locale, slug: string): Promise<PortalAccess> => {
  const context = await serverContext()
  const tenant = context.tenant
  if (tenant?.slug !== slug || tenant.status !== 'active') notFound()
  if (!context.identity) {
    const visiblePath = (await headers()).get(visiblePathHeader) ?? `/${locale}/portal`
    redirect(signInHref(locale, visiblePath))
  }
  return {
    tenant,
    identity: context.identity,
    clientId: context.actor.clientId,
    staffRole: context.actor.staffRole,
  }
})

/** A page only a client can use (profile, sections): anyone else goes to the dashboard's first visit. */
export async function requirePortalClient(locale: Locale, slug: string): Promise<PortalAccess & { clientId: string }> {
  const access = await requirePortalReader(locale, slug)
  if (!access.clientId) redirect(`/${locale}/portal`)
  return { ...access, clientId: access.clientId }
}

/**
 * Who reads a page a visitor may also use (the booking wizard, and the portal layout around every
 * page): null for a visitor, never a redirect. Pages that need a signed-in person still call
 * requirePortalReader or requirePortalClient.
 */
export const readPortalVisitor = cache(
  async (slug: string): Promise<Omit<PortalAccess, 'identity'> & { identity: Identity | null }> => {
    const context = await serverContext()
    const tenant = context.tenant
    if (tenant?.slug !== slug || tenant.status !== 'active') notFound()
    return {
      tenant,
      identity: context.identity,
      clientId: context.identity ? context.actor.clientId : null,
      staffRole: context.identity ? context.actor.staffRole : null,
    }
  },
)
