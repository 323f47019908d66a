/** Where a business's portal lives, as the API computed it from the root domain and the slug. */
export interface PortalLinks {
  /** `{proto}://{slug}.{ROOT_DOMAIN}`, without a trailing slash. */
  portalOrigin: string
}

export const invitationLink = (links: PortalLinks, token: string) => `${links.portalOrigin}/invitations/${token}`
