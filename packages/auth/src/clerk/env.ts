import { createPublicKey } from 'node:crypto'
import { z } from 'zod'

type Source = Record<string, string | undefined>

const secretKey = z.string().regex(/^sk_(test|live)_\S+$/, 'must be a Clerk secret key (sk_test_… or sk_live_…)')

const publishableKey = z
  .string()
  .refine(
    (value) => frontendApiOf(value) !== null,
    'must be a Clerk publishable key (pk_test_… or pk_live_… followed by the base64 of "<frontend-api-host>$")',
  )

// @clerk/backend turns the PEM into a JWK by cutting a fixed 2048-bit RSA prefix and the 65537
// exponent suffix off the base64 text, so any other key shape (or a PEM whose newlines arrived as
// a literal "\n") fails later on every request as a bad signature. Checking it here fails the boot.
const jwtKey = z
  .string()
  .transform((value) => value.replace(/\\n/g, '\n').trim())
  .refine((value) => isClerkRsaPem(value), {
    message:
      'must be the PEM public key from the Clerk dashboard (API keys > Show JWT public key > PEM): ' +
      '-----BEGIN PUBLIC KEY-----, a 2048-bit RSA key, newlines kept or written as \\n',
  })

// The app's own origins (ROOT_DOMAIN and its portals) are authorized per request (see
// authorized-parties.ts); this lists only the extra ones.
const extraAuthorizedParties = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  )
  .refine(
    (parties) => parties.every(isOrigin),
    // Clerk compares the token's azp with these strings exactly: a trailing slash or a path
    // would silently refuse every session.
    'must be a comma-separated list of origins like https://app.example.com (scheme and host, no path, no trailing slash)',
  )

const webhookSigningSecret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'must be a webhook signing secret (whsec_ followed by base64)')

/** Variables that must all be set for Clerk to be on; none set means Clerk is off. */
const requiredVariables = ['CLERK_SECRET_KEY', 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'CLERK_JWT_KEY'] as const

const schema = z.object({
  CLERK_SECRET_KEY: secretKey,
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: publishableKey,
  CLERK_JWT_KEY: jwtKey,
  /** Optional: extra origins (a custom domain…) on top of ROOT_DOMAIN and its portals. */
  CLERK_AUTHORIZED_PARTIES: extraAuthorizedParties.optional(),
  /** Optional: without it the webhook endpoint refuses every delivery and users arrive just in time. */
  CLERK_WEBHOOK_SIGNING_SECRET: webhookSigningSecret.optional(),
  /** Optional: Clerk's Backend API base (default https://api.clerk.com); tests point it at a local server. */
  CLERK_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL like https://api.clerk.com' }).optional(),
  PLATFORM_OPERATORS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email()))
    .optional(),
})

export interface ClerkEnv {
  secretKey: string
  publishableKey: string
  /** PEM with real newlines, ready for verifyToken's jwtKey. */
  jwtKey: string
  /**
   * CLERK_AUTHORIZED_PARTIES, possibly empty: origins accepted in a session token's azp on every
   * host, on top of the request's own origin on ROOT_DOMAIN and its portals (authorizedPartiesFor).
   */
  extraAuthorizedParties: string[]
  webhookSigningSecret: string | null
  /** Backend API base URL; undefined means Clerk's own. */
  apiUrl: string | undefined
  /** Emails that get platformRole 'operator' (PLATFORM_OPERATORS), lower-cased. */
  operators: string[]
  instance: 'test' | 'live'
  /**
   * The instance's Frontend API (`https://<host>`, the host the publishable key encodes): where the
   * browser loads Clerk's components from and talks to, so the only Clerk origin the CSP allows.
   */
  frontendApiOrigin: string
}

export class InvalidClerkEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid Clerk configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'InvalidClerkEnvError'
  }
}

const blankToUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value)

/**
 * True when every required Clerk variable is set (they may still be malformed: readClerkEnv says
 * which). The web app uses it to pick the Clerk adapter over the dev one.
 */
export function isClerkConfigured(source: Source = process.env): boolean {
  return requiredVariables.every((name) => blankToUndefined(source[name]) !== undefined)
}

/**
 * Reads the Clerk configuration. Returns null when no Clerk variable is set (Clerk is off).
 * Throws InvalidClerkEnvError listing every missing or malformed variable by name when Clerk is
 * half configured, because a half-configured Clerk would otherwise surface as 500s on every
 * request (clerkMiddleware) or as every session being refused.
 */
export function readClerkEnv(source: Source = process.env): ClerkEnv | null {
  const raw = {
    CLERK_SECRET_KEY: blankToUndefined(source.CLERK_SECRET_KEY),
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: blankToUndefined(source.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY),
    CLERK_JWT_KEY: blankToUndefined(source.CLERK_JWT_KEY),
    CLERK_AUTHORIZED_PARTIES: blankToUndefined(source.CLERK_AUTHORIZED_PARTIES),
    CLERK_WEBHOOK_SIGNING_SECRET: blankToUndefined(source.CLERK_WEBHOOK_SIGNING_SECRET),
    CLERK_API_URL: blankToUndefined(source.CLERK_API_URL),
  }
  if (Object.values(raw).every((value) => value === undefined)) return null
  const shared = { PLATFORM_OPERATORS: blankToUndefined(source.PLATFORM_OPERATORS) }

  const problems: string[] = []
  for (const name of requiredVariables) {
    if (raw[name] === undefined)
      problems.push(`${name}: missing (Clerk is partly configured; set it or unset every CLERK_ variable)`)
  }
  const parsed = schema.safeParse({ ...raw, ...shared })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.')
      if (name in raw && raw[name as keyof typeof raw] === undefined) continue
      problems.push(`${name}: ${issue.message}`)
    }
  }
  if (problems.length > 0 || !parsed.success) throw new InvalidClerkEnvError(problems)

  const env = parsed.data
  const secretInstance = env.CLERK_SECRET_KEY.startsWith('sk_live_') ? 'live' : 'test'
  const publishableInstance = env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY.startsWith('pk_live_') ? 'live' : 'test'
  if (secretInstance !== publishableInstance) {
    throw new InvalidClerkEnvError([
      `CLERK_SECRET_KEY: is a ${secretInstance} key but NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY is a ${publishableInstance} key; both must come from the same Clerk instance`,
    ])
  }
  return {
    secretKey: env.CLERK_SECRET_KEY,
    publishableKey: env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
    jwtKey: env.CLERK_JWT_KEY,
    extraAuthorizedParties: env.CLERK_AUTHORIZED_PARTIES ?? [],
    webhookSigningSecret: env.CLERK_WEBHOOK_SIGNING_SECRET ?? null,
    apiUrl: env.CLERK_API_URL?.replace(/\/+$/, ''),
    operators: env.PLATFORM_OPERATORS ?? [],
    instance: secretInstance,
    frontendApiOrigin: `https://${frontendApiOf(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) ?? ''}`,
  }
}

function frontendApiOf(key: string): string | null {
  const match = /^pk_(test|live)_([A-Za-z0-9+/=_-]+)$/.exec(key)
  const encoded = match?.[2]
  if (encoded === undefined) return null
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  if (!decoded.endsWith('$')) return null
  const host = decoded.slice(0, -1)
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) ? host : null
}

function isClerkRsaPem(pem: string): boolean {
  if (!pem.startsWith('-----BEGIN PUBLIC KEY-----') || !pem.endsWith('-----END PUBLIC KEY-----')) return false
  try {
    const key = createPublicKey(pem)
    const details = key.asymmetricKeyDetails
    return (
      key.asymmetricKeyType === 'rsa' && details?.modulusLength === 2048 && details.publicExponent === BigInt(65537)
    )
  } catch {
    return false
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
  } catch {
    return false
  }
}
