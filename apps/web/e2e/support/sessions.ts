import { join } from 'node:path'
import { e2eSessionsDir } from './env'

/**
 * The demo accounts the specs act as, each signed in once per run by sign-in.setup.ts on the
 * portals (or the platform site) where the specs use it: a session cookie belongs to one host.
 * A spec takes one with `test.use({ storageState: sessionOf(email) })`.
 */
export const demoAccounts = [
  { email: 'sophie@piscines-laurentides.example', locale: 'fr', hosts: ['piscines-laurentides'] },
  { email: 'jordan@piscines-laurentides.example', locale: 'en', hosts: ['piscines-laurentides'] },
  { email: 'mathieu@piscines-laurentides.example', locale: 'fr', hosts: ['piscines-laurentides'] },
  // A client of the pool business only: the specs also show him the clinic's refusal.
  { email: 'david.thompson@example.com', locale: 'fr', hosts: ['piscines-laurentides', 'clinique-belair'] },
  { email: 'alex@clinique-belair.example', locale: 'fr', hosts: ['clinique-belair'] },
  { email: 'pierre@tremblay-cpa.example', locale: 'fr', hosts: ['tremblay-cpa'] },
  // null: the platform site (the operator console).
  { email: 'operator@portail.local', locale: 'fr', hosts: [null] },
] as const satisfies readonly { email: string; locale: 'fr' | 'en'; hosts: readonly (string | null)[] }[]

export type DemoAccount = (typeof demoAccounts)[number]['email']

/** The stored browser state (cookies) of a demo account signed in by the setup project. */
export const sessionOf = (email: DemoAccount): string => join(e2eSessionsDir(), `${email}.json`)
