/** The address and notes typed in the wizard, as text fields hold them. */
export interface DetailsFields {
  line1: string
  line2: string
  city: string
  province: string
  postalCode: string
  notes: string
}

export const emptyDetails: DetailsFields = { line1: '', line2: '', city: '', province: '', postalCode: '', notes: '' }

/** A service address as the profile stores it. */
export interface StoredAddress {
  line1: string
  line2?: string | undefined
  city: string
  province: string
  postalCode: string
}

export function detailsFromAddress(address: StoredAddress | null, notes = ''): DetailsFields {
  if (!address) return { ...emptyDetails, notes }
  return {
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    province: address.province,
    postalCode: address.postalCode,
    notes,
  }
}

/**
 * The address to send: none when every field is empty, the fields when all required ones are
 * filled, 'incomplete' otherwise (formats are the server's to check, in the reader's language).
 */
export function addressToSend(
  fields: DetailsFields,
): { line1: string; line2?: string; city: string; province: string; postalCode: string } | null | 'incomplete' {
  const required = [fields.line1, fields.city, fields.province, fields.postalCode].map((value) => value.trim())
  if (required.every((value) => value === '') && fields.line2.trim() === '') return null
  if (required.some((value) => value === '')) return 'incomplete'
  const [line1 = '', city = '', province = '', postalCode = ''] = required
  const line2 = fields.line2.trim()
  return { line1, city, province, postalCode, ...(line2 ? { line2 } : {}) }
}
