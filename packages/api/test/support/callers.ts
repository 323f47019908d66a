import { createHeaderTestIdentity, testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import type { OrganizationDirectory } from '@portail/core/tenants'
import type { Database } from '@portail/db'
import { type FileStorage, memoryFileStorage } from '@portail/storage'
import { createContext } from '../../src/context'
import { createCaller } from '../../src/root'

export const rootDomain = 'portail.test'
export const hostOf = (slug: string) => `${slug}.${rootDomain}`

export interface CallAs {
  host: string
  userId?: string
  /** The identity's address (default `<userId>@test.invalid`) and whether it is unproven. */
  email?: string
  emailUnverified?: boolean
  operator?: boolean
  /** Minutes since the session verified a second factor; left out: never (sensitive actions refused). */
  secondFactorAgeMinutes?: number
  acceptLanguage?: string
  /** The identity provider's organizations (default: the embedded directory, which keeps none). */
  organizations?: OrganizationDirectory
  /** File storage for procedures that keep files (the logo); left out: one memory store shared by the file's callers. */
  storage?: FileStorage
}

const sharedStorage = memoryFileStorage()

/** A small real PNG (16x16), the body of a logo upload: `caller.staff.settings.uploadLogo(logoBody())`. */
export const logoBody = () =>
  new Blob([
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFElEQVR4nGNwIBEwjGoY1TB8NQAAFErAAdSVi24AAAAASUVORK5CYII=',
      'base64',
    ),
  ])

export function requestHeaders(as: CallAs): Headers {
  const headers = new Headers({ host: as.host })
  if (as.userId)
    for (const [name, value] of Object.entries(
      testIdentityHeadersFor({
        userId: as.userId,
        email: as.email,
        emailUnverified: as.emailUnverified,
        operator: as.operator,
        secondFactorAgeMinutes: as.secondFactorAgeMinutes,
      }),
    ))
      headers.set(name, value)
  if (as.acceptLanguage) headers.set('accept-language', as.acceptLanguage)
  return headers
}

/** A server-side caller whose context is built exactly as for an HTTP request: host + test identity headers. */
export async function callerFor(database: Database, as: CallAs) {
  const ctx = await createContext({
    database,
    identity: createHeaderTestIdentity(),
    rootDomain,
    organizations: as.organizations,
    storage: as.storage ?? sharedStorage,
    headers: requestHeaders(as),
  })
  return createCaller(ctx)
}
