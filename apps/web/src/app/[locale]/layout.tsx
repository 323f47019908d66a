import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { readLocaleParam } from '~/i18n/locale-param'
import { inter } from '../fonts'
import '../globals.css'

interface Props {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const landing = await getTranslations({ locale, namespace: 'landing' })
  return { title: { default: 'Portail', template: '%s · Portail' }, description: landing('metaDescription') }
}

/** The document in the reader's language: `<html lang>` is the [locale] segment. */
export default async function LocaleLayout({ children, params }: Props) {
  // Every page renders per request: Next can only put this request's CSP nonce on its scripts
  // while rendering, and a page prerendered at build time would carry none (and be blocked).
  await connection()
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'common' })
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-background focus:p-2"
        >
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
