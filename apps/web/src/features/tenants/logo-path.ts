/**
 * Where a portal's logo is served (app/api/logo/[version]/route.ts), on the business's own host.
 * The version changes with each upload, so a browser may keep one URL's image for good.
 */
export const tenantLogoPath = (version: number) => `${tenantLogoPrefix}${version}`

export const tenantLogoPrefix = '/api/logo/'
