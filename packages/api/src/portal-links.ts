import type { PortalLinks } from '@portail/core/invitations'
import type { Context } from './context'

/** Where `slug`'s portal lives: `{proto}://{slug}.{ROOT_DOMAIN}` (the root domain keeps its port in dev). */
export const portalLinksFor = (ctx: Pick<Context, 'links'>, slug: string): PortalLinks => ({
  portalOrigin: `${ctx.links.protocol}://${slug}.${ctx.links.rootDomain}`,
})
