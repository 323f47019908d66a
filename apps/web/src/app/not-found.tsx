import { catalogs } from '@portail/i18n'
import { connection } from 'next/server'
import './globals.css'

/**
 * A path outside every locale (the proxy sends pages to one, so only unknown /api paths end here):
 * no language is known, so it speaks both, French first.
 */
export default async function NotFound() {
  // Rendered per request like every page, so its scripts carry this request's CSP nonce.
  await connection()
  const { fr, en } = catalogs
  return (
    <html lang="fr">
      <body className="mx-auto max-w-xl p-8 font-sans">
        {/* React moves it into <head>: a page without a title is announced by its address. */}
        <title>{`${fr.errors.notFoundTitle} · ${en.errors.notFoundTitle}`}</title>
        <main>
          <h1 className="text-2xl font-semibold">{fr.errors.notFoundTitle}</h1>
          <p>{fr.errors.notFoundBody}</p>
          <div lang="en" className="mt-6 border-t pt-6">
            <h2 className="text-2xl font-semibold">{en.errors.notFoundTitle}</h2>
            <p>{en.errors.notFoundBody}</p>
          </div>
        </main>
      </body>
    </html>
  )
}
