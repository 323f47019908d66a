import type { ReactNode } from 'react'

// The document (<html lang>, fonts, styles) belongs to app/[locale]/layout.tsx, where the language
// is known; this root only lets the API's unmatched paths reach app/not-found.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
