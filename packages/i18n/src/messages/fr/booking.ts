/** The client's booking screens: the wizard, "My appointments", the dashboard's upcoming card. */
export const bookingFr = {}
