export { setClientArchived } from './archive-client'
export { type ClientHistory, type ClientHistoryEntry, getClientHistory } from './client-history'
export { type CreateClientData, createClient } from './create-client'
export { deleteClient } from './delete-client'
export { type ClientDetail, getClient } from './get-client'
export { getMyProfile, type MyProfile } from './get-my-profile'
export { type ClientSummary, listClients, type ListClientsParams } from './list-clients'
export { type ClientAppointment, type ClientAppointments, listClientAppointments } from './list-client-appointments'
export {
  type ActivityAppointment,
  type ActivityEntry,
  listMyActivity,
  type ListMyActivityParams,
} from './list-my-activity'
export { updateClient } from './update-client'
export { type MyProfilePatch, updateMyProfile } from './update-my-profile'
export { type AuditAction, auditActions, isAuditAction } from '../audit/audit-actions'
