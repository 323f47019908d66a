import { SignIn } from '@clerk/nextjs'
import type { Locale } from '@portail/i18n'
import { type ClerkPageSettings, clerkSignInOptions } from '~/server/sign-in-method'
import { PortailClerkProvider } from './clerk-provider'

/** Clerk's sign-in (and sign-up) component, in the reader's language, back to `returnTo` after. */
export function ClerkSignIn({
  settings,
  locale,
  returnTo,
}: {
  settings: ClerkPageSettings
  locale: Locale
  returnTo: string
}) {
  return (
    <div className="mt-8">
      <PortailClerkProvider settings={settings} locale={locale}>
        <SignIn {...clerkSignInOptions(returnTo)} />
      </PortailClerkProvider>
    </div>
  )
}
