import { z } from 'zod'
import { ZLocale } from './common'
import { ZPersonName } from './person-name'
import { ZText } from './text'

/**
 * Trades a business picks when it starts. Codes, not words: the UI labels them in each language
 * (apps/web/src/features/tenants/trade-label.ts), and the seed uses the same codes.
 */
export const tradeCodes = [
  'pool_care',
  'landscaping',
  'clinic',
  'salon',
  'accounting',
  'consulting',
  'cleaning',
  'other',
] as const
export const ZTrade = z.enum(tradeCodes, { message: 'onboarding.tradeInvalid' })
export type TTrade = z.infer<typeof ZTrade>

/**
 * Subdomains no business may take: parts of the platform, identity and payment providers, words
 * that would pass for us in a phishing link, and environments. Superset of the host parser's list
 * (@portail/core parseTenantHost), which also refuses them at request time.
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'www',
  'app',
  'api',
  'admin',
  'administrator',
  'platform',
  'portal',
  'portail',
  'mail',
  'email',
  'smtp',
  'static',
  'assets',
  'cdn',
  'status',
  'help',
  'support',
  'billing',
  'docs',
  'blog',
  'login',
  'logout',
  'signin',
  'signout',
  'signup',
  'register',
  'auth',
  'oauth',
  'sso',
  'account',
  'accounts',
  'dashboard',
  'console',
  'clerk',
  'stripe',
  'inngest',
  'resend',
  'webhooks',
  'webhook',
  'dev',
  'test',
  'staging',
  'preview',
  'demo',
  'sandbox',
  'root',
  'security',
  'privacy',
  'legal',
  'terms',
  'abuse',
  'postmaster',
  'hostmaster',
  'webmaster',
  'noreply',
  'no-reply',
])

// Same rule as the tenants_slug_format check in the database: 3 to 63 characters, lowercase
// letters, digits and inner hyphens (a valid DNS label).
export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/

export type SlugShape = 'valid' | 'invalid' | 'reserved'

/** Whether a (trimmed, lowercased) slug could name a business, before asking if it is taken. */
export function slugShape(slug: string): SlugShape {
  if (!slugPattern.test(slug) || slug.includes('--')) return 'invalid'
  return reservedSlugs.has(slug) ? 'reserved' : 'valid'
}

const normalisedSlug = ZText.trim().toLowerCase().max(63, { message: 'onboarding.slugInvalid' })

export const ZSlug = normalisedSlug.superRefine((slug, ctx) => {
  const shape = slugShape(slug)
  if (shape !== 'valid') {
    ctx.addIssue({
      code: 'custom',
      message: shape === 'reserved' ? 'onboarding.slugReserved' : 'onboarding.slugInvalid',
    })
  }
})

/** An IANA time zone name this runtime knows (aliases such as America/Montreal included). */
export function isIanaTimeZone(name: string): boolean {
  if (name !== 'UTC' && !/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}

export const ZTimeZone = ZText.trim().max(64).refine(isIanaTimeZone, { message: 'onboarding.timeZoneInvalid' })

/** One line: the name is copied into email subjects and sender names, where CR/LF would add headers. */
export const ZBusinessName = ZText.trim().min(2, { message: 'onboarding.nameInvalid' }).max(100, {
  message: 'onboarding.nameInvalid',
})

/** "Start your business": the signed-in person becomes the owner of the new business. */
export const ZCreateBusinessInput = z.strictObject({
  name: ZBusinessName,
  trade: ZTrade,
  slug: ZSlug,
  timeZone: ZTimeZone,
  defaultLocale: ZLocale,
  /** The founder's own name, asked while it is still their email's local part (dev sign-in). */
  ownerName: ZPersonName.optional(),
})
export type TCreateBusinessInput = z.input<typeof ZCreateBusinessInput>

/** Any text: the answer says whether it is invalid, reserved, taken or available. */
export const ZCheckSlugInput = z.strictObject({ slug: ZText.max(100) })
export type TCheckSlugInput = z.input<typeof ZCheckSlugInput>
