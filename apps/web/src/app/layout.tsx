import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: { default: 'Portail', template: '%s · Portail' },
  description: 'Le portail client des entreprises de services. The client portal for service businesses.',
}

// French is the platform's default language; pages in English mark their own `lang`.
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next can only put this request's CSP nonce on its scripts
  // while rendering, and a page prerendered at build time would carry none (and be blocked).
  await connection()
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
