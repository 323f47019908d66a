export { bookingCalendar, bookingEvent } from './booking-calendar'
export {
  type CalendarFeedState,
  getCalendarFeed,
  hashFeedToken,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from './feed-tokens'
export { addressLine, bookingUid, type IcsCalendar, type IcsEvent, renderIcs } from './render-ics'
export { staffFeedCalendar } from './staff-feed'
