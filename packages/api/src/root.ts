import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import { billingRouter } from './routers/billing'
import { bookingRouter } from './routers/booking'
import { clientRouter } from './routers/client'
import { deliveryLogRouter, staffDeliveryLogRouter } from './routers/delivery-log'
import { operatorBillingRouter } from './routers/operator-billing'
import { operatorTenantsRouter } from './routers/operator-tenants'
import { invitationsRouter } from './routers/invitations'
import { notificationsRouter, staffNotificationsRouter } from './routers/notifications'
import { onboardingRouter } from './routers/onboarding'
import { portalRouter } from './routers/portal'
import { pushRouter, staffPushRouter } from './routers/push'
import { preferencesRouter, staffPreferencesRouter } from './routers/preferences'
import { staffCatalogRouter } from './routers/staff-catalog'
import { staffBillingRouter } from './routers/staff-billing'
import { staffBookingChangesRouter } from './routers/staff-booking-changes'
import { staffBookingsRouter } from './routers/staff-bookings'
import { staffCalendarFeedRouter } from './routers/staff-calendar-feed'
import { staffClientsRouter } from './routers/staff-clients'
import { staffInvitationsRouter } from './routers/staff-invitations'
import { staffSettingsRouter } from './routers/staff-settings'
import { staffTeamRouter } from './routers/staff-team'
import { tenantRouter } from './routers/tenant'
import { createCallerFactory, router } from './trpc'

export const appRouter = router({
  tenant: tenantRouter,
  client: clientRouter,
  portal: portalRouter,
  booking: bookingRouter,
  invitations: invitationsRouter,
  onboarding: onboardingRouter,
  notifications: notificationsRouter,
  push: pushRouter,
  notificationPreferences: preferencesRouter,
  deliveryLog: deliveryLogRouter,
  billing: billingRouter,
  staff: {
    clients: staffClientsRouter,
    team: staffTeamRouter,
    invitations: staffInvitationsRouter,
    settings: staffSettingsRouter,
    catalog: staffCatalogRouter,
    /** Bookings themselves; reads and creation in one file, changes to a booking in the other. */
    bookings: { ...staffBookingsRouter, ...staffBookingChangesRouter },
    calendarFeed: staffCalendarFeedRouter,
    notifications: staffNotificationsRouter,
    push: staffPushRouter,
    preferences: staffPreferencesRouter,
    deliveryLog: staffDeliveryLogRouter,
    billing: staffBillingRouter,
  },
  operator: { tenants: operatorTenantsRouter, billing: operatorBillingRouter },
})

export type AppRouter = typeof appRouter
export type RouterInputs = inferRouterInputs<AppRouter>
export type RouterOutputs = inferRouterOutputs<AppRouter>

/** Server-side calls (React Server Components, tests): `createCaller(await createContext(...))`. */
export const createCaller = createCallerFactory(appRouter)
