/**
 * Lengths of time in milliseconds (what Date and Date.now() count in), defined once for every
 * package. A day here is 24 hours of elapsed time, not a calendar day: a day on a business's wall
 * clock can be 23 or 25 hours (@portail/core/calendar-date does that arithmetic).
 */
export const msPerMinute = 60_000
export const msPerHour = 60 * msPerMinute
export const msPerDay = 24 * msPerHour
