import { clients } from '@portail/db/schema'

/** A client's record as staff and the client itself see it. */
export const clientDetailColumns = {
  id: clients.id,
  userId: clients.userId,
  fullName: clients.fullName,
  email: clients.email,
  phone: clients.phone,
  serviceAddress: clients.serviceAddress,
  locale: clients.locale,
  communicationPreferences: clients.communicationPreferences,
  archivedAt: clients.archivedAt,
  createdAt: clients.createdAt,
  updatedAt: clients.updatedAt,
}

/** One line of the staff client list. */
export const clientSummaryColumns = {
  id: clients.id,
  fullName: clients.fullName,
  email: clients.email,
  phone: clients.phone,
  locale: clients.locale,
  archivedAt: clients.archivedAt,
}
