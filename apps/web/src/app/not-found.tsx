export default function NotFound() {
  return (
    <main>
      <h1>Page introuvable</h1>
      <p>Cette page n’existe pas ou n’est plus disponible.</p>
      <div lang="en">
        <h2>Page not found</h2>
        <p>This page does not exist or is no longer available.</p>
      </div>
    </main>
  )
}
