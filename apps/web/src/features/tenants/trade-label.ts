type Locale = 'fr' | 'en'

const labels: Record<string, Record<Locale, string>> = {
  pool_care: { fr: 'Entretien de piscines', en: 'Pool care' },
  landscaping: { fr: 'Aménagement paysager', en: 'Landscaping' },
  clinic: { fr: 'Clinique', en: 'Clinic' },
  salon: { fr: 'Salon', en: 'Salon' },
  accounting: { fr: 'Comptabilité', en: 'Accounting' },
  consulting: { fr: 'Services-conseils', en: 'Consulting' },
}

/**
 * A business's trade as a visitor reads it. Trades are open-ended codes; one we have no words for
 * yet still reads as text ("home_cleaning" -> "home cleaning") rather than as a code.
 */
export function tradeLabel(trade: string, locale: Locale): string {
  return labels[trade]?.[locale] ?? trade.replace(/[_-]+/g, ' ')
}
