import './globals.css'

/**
 * A path outside every locale (the proxy sends pages to one, so only unknown /api paths end here):
 * no language is known, so it speaks both, French first.
 */
export default function NotFound() {
  return (
    <html lang="fr">
      <body className="mx-auto max-w-xl p-8 font-sans">
        <main>
          <h1 className="text-2xl font-semibold">Page introuvable</h1>
          <p>Cette page n’existe pas ou n’est plus disponible.</p>
          <div lang="en" className="mt-6 border-t pt-6">
            <h2 className="text-2xl font-semibold">Page not found</h2>
            <p>This page does not exist or is no longer available.</p>
          </div>
        </main>
      </body>
    </html>
  )
}
