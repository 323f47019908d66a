import 'server-only'
import type { Identity } from '@portail/auth'
import type { PublicTenant } from '@portail/core/tenants'
import type { Locale } from '@portail/i18n'
import { headers } from 'next/headers'
import { forbidden, notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import { serverContext } from '../trpc/server'
import { visiblePathHeader } from './locale-routing'
import { signInHref } from './sign-in-return'

export type StaffRole = 'owner' | 'admin' | 'staff'

export interface StaffAccess {
  tenant: PublicTenant
  identity: Identity
  role: StaffRole
}

/**
 * The gate of every /admin layout and page: a visitor is sent to sign in and back, a signed-in person who
 * is not on this business's team gets the 403 page (forbidden.tsx), never data. The tenant is the
 * one the API context resolved from the Host; a path naming another business is a 404. Layouts
 * and pages render in parallel, so each calls this (memoised per request); the procedures they
 * call check the same again.
 */
export const requireStaff = cache(async (locale: Locale, slug: string): Promise<StaffAccess> => {
  const context = await serverContext()
  const tenant = context.tenant
  if (tenant?.slug !== slug || tenant.status !== 'active') notFound()
  if (!context.identity) {
    // Back to the admin page asked for once signed in (the proxy states the visible path).
    const visiblePath = (await headers()).get(visiblePathHeader) ?? `/${locale}/admin`
    redirect(signInHref(locale, visiblePath))
  }
  const role = context.actor.staffRole
  if (!role) forbidden()
  return { tenant, identity: context.identity, role }
})
