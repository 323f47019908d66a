import { z } from 'zod'
import { ZText } from './text'
import { paginationShape, ZCursor, ZId, ZLocale } from './common'
import { ZCommunicationPreferences, ZEmail, ZPhone, ZServiceAddress } from './contact'

/** A person's name: one line, as it is copied into email greetings and headers. */
const fullName = ZText.trim().min(1).max(200)

/**
 * A client's profile as staff enter it. Email is optional: a business may record a walk-in
 * client before that person has an account. Nullable fields accept null to clear them.
 */
const profileShape = {
  fullName,
  email: ZEmail.nullable().optional(),
  phone: ZPhone.nullable().optional(),
  serviceAddress: ZServiceAddress.nullable().optional(),
  locale: ZLocale.optional(),
  communicationPreferences: ZCommunicationPreferences.optional(),
}

const atLeastOneField = (data: Record<string, unknown>) => Object.values(data).some((value) => value !== undefined)
const nothingToUpdate = { message: 'input.nothingToUpdate' }

export const ZCreateClientInput = z.strictObject(profileShape)
export type TCreateClientInput = z.input<typeof ZCreateClientInput>

export const ZClientProfilePatch = z.strictObject(profileShape).partial().refine(atLeastOneField, nothingToUpdate)
export type TClientProfilePatch = z.output<typeof ZClientProfilePatch>

export const ZUpdateClientInput = z.strictObject({ id: ZId, data: ZClientProfilePatch })
export type TUpdateClientInput = z.input<typeof ZUpdateClientInput>

/**
 * What a client may change on its own profile. Email is not here: it is the sign-in identity,
 * changed through the identity provider, and the database refuses the column to clients anyway.
 */
export const ZUpdateMyProfileInput = z
  .strictObject({
    fullName,
    phone: ZPhone.nullable(),
    serviceAddress: ZServiceAddress.nullable(),
    locale: ZLocale,
    communicationPreferences: ZCommunicationPreferences,
  })
  .partial()
  .refine(atLeastOneField, nothingToUpdate)
export type TUpdateMyProfileInput = z.input<typeof ZUpdateMyProfileInput>

export const ZGetClientInput = z.strictObject({ id: ZId })
export type TGetClientInput = z.input<typeof ZGetClientInput>

/** Archive (true) or bring back (false) a client; setting the state it has is a no-op. */
export const ZArchiveClientInput = z.strictObject({ id: ZId, archived: z.boolean() })
export type TArchiveClientInput = z.input<typeof ZArchiveClientInput>

/** Deleting names the client only; the tenant is the caller's. */
export const ZDeleteClientInput = z.strictObject({ id: ZId })
export type TDeleteClientInput = z.input<typeof ZDeleteClientInput>

export const ZListClientsInput = z.strictObject({
  ...paginationShape,
  search: ZText.trim().max(100).optional(),
  archived: z.boolean().default(false),
  /** Only clients who read in this language (what their messages are written in). */
  locale: ZLocale.optional(),
})
export type TListClientsInput = z.input<typeof ZListClientsInput>

/** A client's own activity feed, newest first, a page at a time (a dashboard shows a few). */
export const ZMyActivityInput = z.strictObject({
  cursor: ZCursor.optional(),
  limit: z.number().int().min(1).max(50).default(10),
})
export type TMyActivityInput = z.input<typeof ZMyActivityInput>
