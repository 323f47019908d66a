import type { Locale } from '@portail/i18n'
import { formatPhone } from '@portail/i18n/phone'
import {
  type TUpdateTenantSettingsInput,
  ZBusinessName,
  ZDescription,
  ZLocale,
  ZPrimaryColor,
} from '@portail/validators'
import { z } from 'zod'

const addressParts = ['line1', 'line2', 'city', 'province', 'postalCode'] as const
const requiredAddressParts = ['line1', 'city', 'province', 'postalCode'] as const

/** The business's address as the form holds it: each part a string, all empty when there is none. */
const contactAddressSchema = z.object({
  line1: z.string().max(200),
  line2: z.string().max(200),
  city: z.string().max(100),
  province: z.string().max(10),
  postalCode: z.string().max(10),
})

/**
 * The settings form: name and colour checked with the validators' rules; time zone, the officer's
 * address, the phone and the postal code by the server (its refusal lands on the field, and it
 * normalises the phone to E.164). The officer is both or none; the address is whole or empty.
 */
export const settingsFormSchema = z
  .object({
    name: ZBusinessName,
    descriptionFr: ZDescription,
    descriptionEn: ZDescription,
    timeZone: z.string().min(1),
    defaultLocale: ZLocale,
    primaryColor: ZPrimaryColor,
    officerName: z.string().trim().max(200),
    officerEmail: z.string().trim().max(254),
    contactPhone: z.string().max(40),
    contactAddress: contactAddressSchema,
  })
  .refine((values) => (values.officerName === '') === (values.officerEmail === ''), {
    message: 'settings.officerIncomplete',
    path: ['officerName'],
  })
  .superRefine((values, ctx) => {
    const address = values.contactAddress
    if (!addressParts.some((part) => address[part].trim() !== '')) return
    for (const part of requiredAddressParts)
      if (address[part].trim() === '')
        ctx.addIssue({ code: 'custom', message: 'settings.addressIncomplete', path: ['contactAddress', part] })
  })
export type SettingsFormValues = z.input<typeof settingsFormSchema>

export interface SettingsLike {
  name: string
  timeZone: string
  defaultLocale: 'fr' | 'en'
  primaryColor: string | null
  descriptionFr: string | null
  descriptionEn: string | null
  privacyOfficer: { name: string; email: string } | null
  /** E.164 as stored. */
  contactPhone: string | null
  contactAddress: {
    line1: string
    line2?: string | null
    city: string
    province: string
    postalCode: string
  } | null
}

/** Portail's own blue, what a portal without a colour shows. */
export const defaultPrimaryColor = '#1d4ed8'

/** `reader`: the page's language, in which the phone is written as people write it (450 555-0132). */
export function settingsFormValuesOf(settings: SettingsLike, reader: Locale): SettingsFormValues {
  const address = settings.contactAddress
  return {
    name: settings.name,
    descriptionFr: settings.descriptionFr ?? '',
    descriptionEn: settings.descriptionEn ?? '',
    timeZone: settings.timeZone,
    defaultLocale: settings.defaultLocale,
    primaryColor: settings.primaryColor ?? defaultPrimaryColor,
    officerName: settings.privacyOfficer?.name ?? '',
    officerEmail: settings.privacyOfficer?.email ?? '',
    contactPhone: settings.contactPhone ? formatPhone(reader, settings.contactPhone) : '',
    contactAddress: {
      line1: address?.line1 ?? '',
      line2: address?.line2 ?? '',
      city: address?.city ?? '',
      province: address?.province ?? '',
      postalCode: address?.postalCode ?? '',
    },
  }
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim())

/**
 * Only what changed; the officer and the address each as a whole (null when emptied), the phone as
 * typed (the server normalises it) or null when emptied.
 */
export function settingsUpdateOf(values: SettingsFormValues, initial: SettingsFormValues): TUpdateTenantSettingsInput {
  const input: TUpdateTenantSettingsInput = {}
  if (values.name !== initial.name) input.name = values.name
  if (values.descriptionFr !== initial.descriptionFr) input.descriptionFr = textOrNull(values.descriptionFr)
  if (values.descriptionEn !== initial.descriptionEn) input.descriptionEn = textOrNull(values.descriptionEn)
  if (values.timeZone !== initial.timeZone) input.timeZone = values.timeZone
  if (values.defaultLocale !== initial.defaultLocale) input.defaultLocale = values.defaultLocale
  if (values.primaryColor.toLowerCase() !== initial.primaryColor.toLowerCase()) input.primaryColor = values.primaryColor
  if (values.officerName !== initial.officerName || values.officerEmail !== initial.officerEmail) {
    const name = values.officerName.trim()
    const email = values.officerEmail.trim()
    input.privacyOfficer = name === '' && email === '' ? null : { name, email }
  }
  if (values.contactPhone.trim() !== initial.contactPhone.trim()) input.contactPhone = textOrNull(values.contactPhone)
  const address = values.contactAddress
  if (addressParts.some((part) => address[part].trim() !== initial.contactAddress[part].trim())) {
    const line2 = address.line2.trim()
    input.contactAddress = addressParts.every((part) => address[part].trim() === '')
      ? null
      : {
          line1: address.line1.trim(),
          ...(line2 ? { line2 } : {}),
          city: address.city.trim(),
          province: address.province,
          postalCode: address.postalCode.trim(),
        }
  }
  return input
}
