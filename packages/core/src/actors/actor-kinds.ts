/** A member of the business acting in its own tenant, as established by the API from trusted context. */
export interface StaffActor {
  tenantId: string
  userId: string
  role: 'owner' | 'admin' | 'staff'
}

/** A signed-in client of the business acting on its own client record. */
export interface ClientActor {
  tenantId: string
  userId: string
  clientId: string
}
