import { z } from 'zod'
import { canadianProvinces } from './provinces'
import { ZText } from './text'

/** Never a control character: an address is copied into mail headers (To, Reply-To). */
export const ZEmail = ZText.max(320).trim().toLowerCase().pipe(z.email().max(254))

// North American Numbering Plan: area code and exchange never start with 0 or 1.
const nanp = /^1([2-9]\d{2})([2-9]\d{2})(\d{4})$/

/**
 * Normalises a phone number to E.164 (`+15145550100`). Accepts the ways people write
 * North-American numbers ("514 555-0100", "(514) 555-0100", "1-514-555-0100", "+1 514 555 0100")
 * and international numbers written with a leading "+". Returns null for anything else.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s().-]/g, '')
  if (!/^\+?\d+$/.test(compact)) return null
  if (compact.startsWith('+')) {
    const digits = compact.slice(1)
    if (digits.startsWith('1')) return nanp.test(digits) ? `+${digits}` : null
    return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : null
  }
  const withCountry = compact.length === 10 ? `1${compact}` : compact
  return nanp.test(withCountry) ? `+${withCountry}` : null
}

export const ZPhone = ZText.max(40).transform((raw, ctx) => {
  const phone = normalisePhone(raw)
  if (phone === null) {
    ctx.addIssue({ code: 'custom', message: 'input.phoneInvalid' })
    return z.NEVER
  }
  return phone
})

export { canadianProvinces } from './provinces'
export const ZProvince = ZText.max(10).trim().toUpperCase().pipe(z.enum(canadianProvinces))
export type TProvince = (typeof canadianProvinces)[number]

// Canada Post never uses D, F, I, O, Q or U, and W and Z never start a code.
const postalCode = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])[\s-]?(\d[ABCEGHJ-NPRSTV-Z]\d)$/

/** "h2x1y4", "H2X-1Y4" and "H2X 1Y4" all become "H2X 1Y4". */
export function normalisePostalCode(raw: string): string | null {
  const match = postalCode.exec(raw.trim().toUpperCase())
  return match ? `${match[1]} ${match[2]}` : null
}

export const ZPostalCode = ZText.max(10).transform((raw, ctx) => {
  const code = normalisePostalCode(raw)
  if (code === null) {
    ctx.addIssue({ code: 'custom', message: 'input.postalCodeInvalid' })
    return z.NEVER
  }
  return code
})

export const ZServiceAddress = z.strictObject({
  line1: ZText.trim().min(1).max(200),
  line2: ZText.trim().max(200).optional(),
  city: ZText.trim().min(1).max(100),
  province: ZProvince,
  postalCode: ZPostalCode,
  country: z.literal('CA').default('CA'),
})
export type TServiceAddress = z.output<typeof ZServiceAddress>

export const ZCommunicationPreferences = z.strictObject({
  email: z.boolean(),
  sms: z.boolean(),
  marketing: z.boolean(),
})
