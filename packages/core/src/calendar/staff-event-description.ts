import type { ServiceAddress } from '@portail/db/schema'
import type { Locale } from '@portail/i18n'
import { formatPhone } from '@portail/i18n/phone'
import { addressLine } from './render-ics'

// A calendar app shows this text as it is: the labels live here, in both languages, like an email's.
const labels: Record<Locale, { phone: string; address: string; notes: string }> = {
  fr: { phone: 'Téléphone : ', address: 'Adresse : ', notes: 'Notes : ' },
  en: { phone: 'Phone: ', address: 'Address: ', notes: 'Notes: ' },
}

export interface StaffEventDetails {
  phone: string | null
  address: ServiceAddress | null
  notes: string | null
}

/**
 * What a technician needs on the way, in a staff feed event's DESCRIPTION: the client's phone,
 * where to go and the client's notes (a gate code), one per line, each only when known. The
 * calendar writer escapes commas, semicolons and line breaks and folds long lines (RFC 5545).
 */
export function staffEventDescription(locale: Locale, details: StaffEventDetails): string | null {
  const words = labels[locale]
  const address = addressLine(details.address)
  const notes = details.notes?.trim()
  const lines = [
    details.phone ? words.phone + formatPhone(locale, details.phone) : null,
    address ? words.address + address : null,
    notes ? words.notes + notes : null,
  ].filter((line): line is string => line !== null)
  return lines.length > 0 ? lines.join('\n') : null
}
