/** The staff's booking screens: calendar, services and options, hours and overrides, booking settings. */
export const adminBookingEn = {}
