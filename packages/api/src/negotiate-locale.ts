export type RequestLocale = 'fr' | 'en'

/**
 * The first of fr/en the browser prefers, by q-value, from an Accept-Language header; null when it
 * names neither. Region tags count for their language (fr-CA is fr).
 */
export function localeFromAcceptLanguage(header: string | null): RequestLocale | null {
  if (!header) return null
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { language: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0)
    .sort((left, right) => right.q - left.q || left.index - right.index)
  const match = ranked.find((entry) => entry.language === 'fr' || entry.language === 'en')
  return match?.language === 'fr' || match?.language === 'en' ? match.language : null
}
