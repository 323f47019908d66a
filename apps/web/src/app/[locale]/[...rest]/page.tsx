import { notFound } from 'next/navigation'

// Unknown paths inside a locale render the localized not-found page, in the locale's document.
export default function UnknownPage(): never {
  notFound()
}
