import { type TUpdateTenantSettingsInput, ZBusinessName, ZDescription, ZLocale, ZPrimaryColor } from '@portail/validators'
import { z } from 'zod'

/**
 * The settings form: name and colour checked with the validators' rules; time zone and the
 * officer's address by the server (its refusal lands on the field). The officer is both or none.
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
  })
  .refine((values) => (values.officerName === '') === (values.officerEmail === ''), {
    message: 'settings.officerIncomplete',
    path: ['officerName'],
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
}

/** Portail's own blue, what a portal without a colour shows. */
export const defaultPrimaryColor = '#1d4ed8'

export function settingsFormValuesOf(settings: SettingsLike): SettingsFormValues {
  return {
    name: settings.name,
    descriptionFr: settings.descriptionFr ?? '',
    descriptionEn: settings.descriptionEn ?? '',
    timeZone: settings.timeZone,
    defaultLocale: settings.defaultLocale,
    primaryColor: settings.primaryColor ?? defaultPrimaryColor,
    officerName: settings.privacyOfficer?.name ?? '',
    officerEmail: settings.privacyOfficer?.email ?? '',
  }
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** Only what changed; the officer as a whole (null when both fields are empty). */
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
  return input
}
