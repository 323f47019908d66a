import type { EmailBrand } from './email-types'

/**
 * Portail's own brand, for the mail Portail sends as itself (sign-in and confirmation codes: an
 * account is Portail's, shared by every business it is a client or a member of).
 */
export const portailEmailBrand: EmailBrand = {
  name: 'Portail',
  logoUrl: null,
  color: null,
  addressLines: [],
  privacyContact: null,
  // The code messages link nowhere: no portal address is needed.
  portalUrl: '',
}
