const parts = ['line1', 'line2', 'city', 'province', 'postalCode'] as const
const requiredParts = ['line1', 'city', 'province', 'postalCode'] as const
export type AddressPart = (typeof parts)[number]
export type RequiredAddressPart = (typeof requiredParts)[number]

/** The address fields as typed, every part a string (empty when unknown). */
export type AddressDraft = Record<AddressPart, string>

/** An address as the API returns it (a client's on file). */
interface StoredAddress {
  line1: string
  line2?: string | undefined
  city: string
  province: string
  postalCode: string
}

/** What the fields start from: the client's address on file, or nothing. */
export function addressDraftOf(address: StoredAddress | null | undefined): AddressDraft {
  return {
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    province: address?.province ?? '',
    postalCode: address?.postalCode ?? '',
  }
}

export type AddressSubmission =
  | { ok: true; serviceAddress: StoredAddress | null }
  | { ok: false; missing: RequiredAddressPart[] }

/**
 * What the booking sends: every part empty is "no address", a part-filled address is stopped here
 * with what is missing. Formats (postal code, province) are the server's validators' to check.
 */
export function addressSubmissionOf(draft: AddressDraft): AddressSubmission {
  const filled = parts.some((part) => draft[part].trim() !== '')
  if (!filled) return { ok: true, serviceAddress: null }
  const missing = requiredParts.filter((part) => draft[part].trim() === '')
  if (missing.length > 0) return { ok: false, missing }
  const line2 = draft.line2.trim()
  return {
    ok: true,
    serviceAddress: {
      line1: draft.line1.trim(),
      ...(line2 ? { line2 } : {}),
      city: draft.city.trim(),
      province: draft.province,
      postalCode: draft.postalCode.trim(),
    },
  }
}
