import type { Locale } from '@portail/i18n'
import { formatPhone } from '@portail/i18n/phone'
import type { TCreateClientInput, TUpdateClientInput } from '@portail/validators'
import { ZCreateClientInput, ZLocale } from '@portail/validators'
import { z } from 'zod'

/**
 * The client form's fields. Name and language are checked here with the validators' own rules;
 * email and phone are checked (and normalised) by the server, whose localized refusal lands on the
 * field through applyServerErrors.
 */
export const clientFormSchema = z.object({
  fullName: ZCreateClientInput.shape.fullName,
  email: z.string().trim().max(254),
  phone: z.string().trim().max(40),
  locale: ZLocale,
  prefEmail: z.boolean(),
  prefSms: z.boolean(),
  prefMarketing: z.boolean(),
})
export type ClientFormValues = z.input<typeof clientFormSchema>

export const clientFormFields = ['fullName', 'email', 'phone', 'locale'] as const

export interface ClientRecordLike {
  fullName: string
  email: string | null
  phone: string | null
  locale: 'fr' | 'en'
  communicationPreferences: { email: boolean; sms: boolean; marketing: boolean }
}

/** `reader`: the page's language, in which the phone is written as people write it (450 555-0132). */
export function formValuesOf(
  client: ClientRecordLike | null,
  defaultLocale: 'fr' | 'en',
  reader: Locale = defaultLocale,
): ClientFormValues {
  return {
    fullName: client?.fullName ?? '',
    email: client?.email ?? '',
    phone: client?.phone ? formatPhone(reader, client.phone) : '',
    locale: client?.locale ?? defaultLocale,
    prefEmail: client?.communicationPreferences.email ?? true,
    prefSms: client?.communicationPreferences.sms ?? false,
    prefMarketing: client?.communicationPreferences.marketing ?? false,
  }
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim())

export function createInputOf(values: ClientFormValues): TCreateClientInput {
  return {
    fullName: values.fullName,
    email: orNull(values.email),
    phone: orNull(values.phone),
    locale: values.locale,
    communicationPreferences: { email: values.prefEmail, sms: values.prefSms, marketing: values.prefMarketing },
  }
}

/**
 * Only what the person changed from the record as loaded, so the audit log names the fields that
 * really changed (compared by value: typing a name and typing it back is no change).
 */
export function updateInputOf(id: string, values: ClientFormValues, initial: ClientFormValues): TUpdateClientInput {
  const changed = (key: keyof ClientFormValues) => values[key] !== initial[key]
  const data: TUpdateClientInput['data'] = {}
  if (changed('fullName')) data.fullName = values.fullName
  if (changed('email')) data.email = orNull(values.email)
  if (changed('phone')) data.phone = orNull(values.phone)
  if (changed('locale')) data.locale = values.locale
  if (changed('prefEmail') || changed('prefSms') || changed('prefMarketing')) {
    data.communicationPreferences = { email: values.prefEmail, sms: values.prefSms, marketing: values.prefMarketing }
  }
  return { id, data }
}
