/**
 * Readable words for the requirement keys Stripe lists most often while a connected account is
 * being onboarded (`requirements.currently_due`). A key not listed keeps Stripe's own name, and the
 * onboarding link (Stripe's hosted form) explains it to the owner in full.
 */
const labels: Record<string, { fr: string; en: string }> = {
  external_account: { fr: 'Compte bancaire pour les virements', en: 'Bank account for payouts' },
  'business_profile.url': { fr: 'Site Web de l’entreprise', en: 'Business website' },
  'business_profile.mcc': { fr: 'Catégorie d’activité', en: 'Business category' },
  'business_profile.product_description': { fr: 'Description de l’activité', en: 'Business description' },
  business_type: { fr: 'Type d’entreprise', en: 'Business type' },
  'company.name': { fr: 'Nom légal de l’entreprise', en: 'Legal business name' },
  'company.tax_id': { fr: 'Numéro d’entreprise', en: 'Business number' },
  'company.address.line1': { fr: 'Adresse de l’entreprise', en: 'Business address' },
  'company.phone': { fr: 'Téléphone de l’entreprise', en: 'Business phone' },
  'individual.first_name': { fr: 'Prénom du représentant', en: 'Representative’s first name' },
  'individual.last_name': { fr: 'Nom du représentant', en: 'Representative’s last name' },
  'individual.dob.day': { fr: 'Date de naissance du représentant', en: 'Representative’s date of birth' },
  'individual.address.line1': { fr: 'Adresse du représentant', en: 'Representative’s address' },
  'individual.id_number': { fr: 'Numéro d’assurance sociale du représentant', en: 'Representative’s SIN' },
  'individual.verification.document': { fr: 'Pièce d’identité du représentant', en: 'Representative’s ID document' },
  'representative.relationship.title': { fr: 'Titre du représentant', en: 'Representative’s title' },
  'tos_acceptance.date': { fr: 'Acceptation des conditions de Stripe', en: 'Acceptance of Stripe’s terms' },
}

/** Date-of-birth parts and address parts are one thing to the owner: list them once. */
const collapse = (key: string) =>
  key
    .replace(/\.dob\.(day|month|year)$/, '.dob.day')
    .replace(/\.address\.(line1|city|postal_code|state)$/, '.address.line1')

export interface RequirementLabel {
  key: string
  fr: string
  en: string
}

export function requirementLabels(keys: readonly string[]): RequirementLabel[] {
  const seen = new Set<string>()
  const out: RequirementLabel[] = []
  for (const raw of keys) {
    const key = collapse(raw)
    if (seen.has(key)) continue
    seen.add(key)
    const label = labels[key]
    out.push({ key, fr: label?.fr ?? key, en: label?.en ?? key })
  }
  return out
}
