import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: { default: 'Portail', template: '%s · Portail' },
  description: 'Le portail client des entreprises de services. The client portal for service businesses.',
}

// French is the platform's default language; pages in English mark their own `lang`.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
