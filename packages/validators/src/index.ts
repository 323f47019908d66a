export {
  paginationShape,
  type TLocale,
  type TPaginationInput,
  ZCursor,
  ZId,
  ZLimit,
  ZLocale,
  ZPaginationInput,
} from './common'
export {
  canadianProvinces,
  normalisePhone,
  normalisePostalCode,
  type TProvince,
  type TServiceAddress,
  ZCommunicationPreferences,
  ZEmail,
  ZPhone,
  ZPostalCode,
  ZProvince,
  ZServiceAddress,
} from './contact'
export {
  type TClientProfilePatch,
  type TCreateClientInput,
  type TGetClientInput,
  type TListClientsInput,
  type TUpdateClientInput,
  type TUpdateMyProfileInput,
  ZClientProfilePatch,
  ZCreateClientInput,
  ZGetClientInput,
  ZListClientsInput,
  ZUpdateClientInput,
  ZUpdateMyProfileInput,
} from './clients'
export { type TListTenantsInput, ZListTenantsInput } from './tenants'
