export default function LandingPage() {
  return (
    <main>
      <h1>Portail</h1>
      <section aria-labelledby="about-fr">
        <h2 id="about-fr">Le portail client des entreprises de services</h2>
        <p>
          Piscines, paysagement, cliniques, salons, comptables : chaque entreprise obtient son propre portail bilingue,
          où ses clients réservent, paient, reçoivent leurs factures, écrivent à l’entreprise et échangent des
          documents.
        </p>
      </section>
      <section lang="en" aria-labelledby="about-en">
        <h2 id="about-en">The client portal for service businesses</h2>
        <p>
          Pool care, landscaping, clinics, salons, accountants: each business gets its own bilingual portal where its
          clients book, pay, get their invoices, message the business and exchange documents.
        </p>
      </section>
    </main>
  )
}
