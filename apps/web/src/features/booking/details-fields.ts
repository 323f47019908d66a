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

const storageKey = 'portail.booking.details'

/** Kept for this tab only, so a visitor who signs in finds what they typed at the review. */
export function loadStoredDetails(): DetailsFields | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey)
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return null
    const read = (key: keyof DetailsFields) => {
      const value: unknown = Reflect.get(parsed, key)
      return typeof value === 'string' ? value : ''
    }
    return {
      line1: read('line1'),
      line2: read('line2'),
      city: read('city'),
      province: read('province'),
      postalCode: read('postalCode'),
      notes: read('notes'),
    }
  } catch {
    return null
  }
}

export function storeDetails(fields: DetailsFields | null): void {
  try {
    if (fields) window.sessionStorage.setItem(storageKey, JSON.stringify(fields))
    else window.sessionStorage.removeItem(storageKey)
  } catch {
    // Storage refused (private mode): the fields simply are not kept across sign-in.
  }
}
