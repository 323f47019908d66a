import { notFound } from 'next/navigation'

// Unknown paths on a portal render the localized not-found page (app/[locale]/not-found.tsx).
export default function UnknownPage(): never {
  notFound()
}
