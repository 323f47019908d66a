import type { RouterInputs, RouterOutputs } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { formatPhone } from '@portail/i18n/phone'

type MyProfile = RouterOutputs['client']['me']
export type ProfileInput = RouterInputs['client']['updateProfile']

const addressParts = ['line1', 'line2', 'city', 'province', 'postalCode'] as const
const requiredAddressParts = ['line1', 'city', 'province', 'postalCode'] as const
export type RequiredAddressPart = (typeof requiredAddressParts)[number]

/**
 * The profile form's values, named like the API input's paths (`serviceAddress.postalCode`), so an
 * input issue the server reports lands on its field as it is.
 */
export interface ProfileFormValues {
  fullName: string
  phone: string
  serviceAddress: Record<(typeof addressParts)[number], string>
  locale: Locale
  communicationPreferences: { email: boolean; sms: boolean; marketing: boolean }
}

/** `reader`: the page's language, in which the phone is written as people write it (450 555-0132). */
export function profileFormValuesOf(profile: MyProfile, reader: Locale = profile.locale): ProfileFormValues {
  const address = profile.serviceAddress
  return {
    fullName: profile.fullName,
    phone: profile.phone ? formatPhone(reader, profile.phone) : '',
    serviceAddress: {
      line1: address?.line1 ?? '',
      line2: address?.line2 ?? '',
      city: address?.city ?? '',
      province: address?.province ?? '',
      postalCode: address?.postalCode ?? '',
    },
    locale: profile.locale,
    communicationPreferences: { ...profile.communicationPreferences },
  }
}

export type ProfileSubmission = { ok: true; input: ProfileInput } | { ok: false; missing: RequiredAddressPart[] }

/**
 * What the form sends: a blank phone clears it, a blank address clears it, and an address filled
 * only in part is stopped here with the parts still missing (the server would refuse it too, one
 * generic message per part). Formats (phone, postal code) are left to the server's validators,
 * which normalise them and word refusals in the reader's language.
 */
export function profileSubmissionOf(values: ProfileFormValues): ProfileSubmission {
  const address = values.serviceAddress
  const filled = addressParts.some((part) => address[part].trim() !== '')
  const missing = requiredAddressParts.filter((part) => address[part].trim() === '')
  if (filled && missing.length > 0) return { ok: false, missing }
  const line2 = address.line2.trim()
  return {
    ok: true,
    input: {
      fullName: values.fullName,
      phone: values.phone.trim() === '' ? null : values.phone,
      serviceAddress: filled
        ? {
            line1: address.line1,
            ...(line2 ? { line2 } : {}),
            city: address.city,
            province: address.province,
            postalCode: address.postalCode,
          }
        : null,
      locale: values.locale,
      communicationPreferences: values.communicationPreferences,
    },
  }
}

/** Every field the server may name, for applyServerErrors. */
export const profileFieldNames = [
  'fullName',
  'phone',
  'serviceAddress.line1',
  'serviceAddress.line2',
  'serviceAddress.city',
  'serviceAddress.province',
  'serviceAddress.postalCode',
  'locale',
  'communicationPreferences.email',
  'communicationPreferences.sms',
  'communicationPreferences.marketing',
] as const
