/** The delivery log and notification preferences (issue 13): what the API's routers call. */
export {
  type DeliveryLogEntry,
  listBookingDeliveries,
  listClientDeliveries,
  listMyDeliveries,
  type StaffDeliveryLogEntry,
} from './delivery-log'
export {
  getMyNotificationPreferences,
  type MyNotificationPreferences,
  smsConsentWordingVersion,
  updateMyNotificationPreferences,
} from './my-notification-preferences'
export {
  getMyStaffNoticePreferences,
  type StaffNoticePreferences,
  updateMyStaffNoticePreferences,
} from './staff-notice-preferences'
export {
  defaultQuietHoursSetting,
  getQuietHours,
  type QuietHoursSetting,
  updateQuietHours,
} from './quiet-hours-setting'
