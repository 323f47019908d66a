import 'server-only'
import type { Locale } from '@portail/i18n'
import { forbidden, redirect } from 'next/navigation'
import { currentIdentity } from './page-identity'
import { platformSignInHref } from './platform-return'

/**
 * The operator console's gate, before any data is read: a visitor signs in first (then comes
 * back), a signed-in non-operator gets the console's 403. The API checks again on every call.
 */
export async function requireOperator(locale: Locale, returnTo: string): Promise<void> {
  const identity = await currentIdentity()
  if (!identity) redirect(platformSignInHref(locale, returnTo))
  if (identity.platformRole !== 'operator') forbidden()
}
