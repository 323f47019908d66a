import { z } from 'zod'

/** An email as the adapter keys everything by: trimmed and lower-cased (users.external_id is `dev:<email>`). */
export const emailAddress = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase())

export const normalizeEmail = (raw: string) => emailAddress.parse(raw.trim())

export const devExternalId = (email: string) => `dev:${email}`
