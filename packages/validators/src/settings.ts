import { z } from 'zod'
import { ZLocale } from './common'
import { ZEmail, ZPhone, ZServiceAddress } from './contact'
import { ZBusinessName, ZTimeZone } from './onboarding'
import { ZMultilineText, ZText } from './text'

/** `#1d4ed8`: six hex digits, stored lower-case (brandTheme keeps it readable on white). */
export const ZPrimaryColor = ZText.max(20)
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'settings.colorInvalid' })
  .transform((value) => value.toLowerCase())

/** What the business says about itself on its public page, in one language. */
export const ZDescription = ZMultilineText.trim().max(2000)

/** The person clients contact about their personal information (Quebec Law 25): both or none. */
export const ZPrivacyOfficer = z.strictObject({
  name: ZText.trim().min(1).max(200),
  email: ZEmail,
})

/** What staff with settings.write change about the business; each field optional, at least one. */
export const ZUpdateTenantSettingsInput = z
  .strictObject({
    name: ZBusinessName,
    timeZone: ZTimeZone,
    defaultLocale: ZLocale,
    primaryColor: ZPrimaryColor.nullable(),
    descriptionFr: ZDescription.nullable(),
    descriptionEn: ZDescription.nullable(),
    privacyOfficer: ZPrivacyOfficer.nullable(),
    /** Shown on the public page; stored in E.164, the address shaped like a client's. */
    contactPhone: ZPhone.nullable(),
    contactAddress: ZServiceAddress.nullable(),
  })
  .partial()
  .refine((data) => Object.values(data).some((value) => value !== undefined), { message: 'input.nothingToUpdate' })
export type TUpdateTenantSettingsInput = z.input<typeof ZUpdateTenantSettingsInput>
export type TTenantSettingsPatch = z.output<typeof ZUpdateTenantSettingsInput>
