import { enUS } from '@clerk/localizations/en-US'
import { frFR } from '@clerk/localizations/fr-FR'
import { ClerkProvider } from '@clerk/nextjs'
import type { Locale } from '@portail/i18n'
import type { ReactNode } from 'react'
import { type ClerkPageSettings, clerkProviderOptions } from '~/server/sign-in-method'

const localizations = { fr: frFR, en: enUS } as const

/**
 * Clerk's provider around the few pages that show a Clerk component (sign-in, sign-out), never in
 * the root layout: clerk-js and its React bindings stay out of every other page's bundle.
 * `dynamic` renders clerk-js's <script> on the server with this request's CSP nonce (read from
 * x-nonce, set by the proxy), which is what lets it run under 'strict-dynamic'.
 */
export function PortailClerkProvider({
  settings,
  locale,
  children,
}: {
  settings: ClerkPageSettings
  locale: Locale
  children: ReactNode
}) {
  return (
    <ClerkProvider
      dynamic
      publishableKey={settings.publishableKey}
      localization={localizations[locale]}
      {...clerkProviderOptions(locale)}
    >
      {children}
    </ClerkProvider>
  )
}
