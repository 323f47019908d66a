import { createFormatters, type Locale } from '@portail/i18n'

// The console spans businesses in every time zone; its dates are on the platform's own clock
// (Montréal, where Portail runs), not on any one business's.
export const platformTimeZone = 'America/Toronto'

export const platformFormatters = (locale: Locale) => createFormatters({ locale, timeZone: platformTimeZone })
