import type { InvoiceDocument } from './invoice-document'

/** Amounts of a bilingual document are in French format, like its first language. */
const localeOf = (language: InvoiceDocument['language']): 'fr-CA' | 'en-CA' =>
  language === 'en' ? 'en-CA' : 'fr-CA'

const money = {
  'fr-CA': new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' }),
  'en-CA': new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' }),
}

const dates = {
  'fr-CA': new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }),
  'en-CA': new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }),
}

const percents = {
  'fr-CA': new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 3 }),
  'en-CA': new Intl.NumberFormat('en-CA', { maximumFractionDigits: 3 }),
}

/** '1 234,56 $' (fr-CA, with U+00A0) or '$1,234.56' (en-CA), from integer cents. */
export function formatMoney(cents: number, language: InvoiceDocument['language']): string {
  // Dividing integer cents by 100 is exact enough: the nearest double rounds back to two decimals.
  // 0 for −0, which Intl would print as '-0,00 $'.
  return money[localeOf(language)].format(cents === 0 ? 0 : cents / 100)
}

/** '7 décembre 2026' or 'December 7, 2026': the day as written, no time zone shift. */
export function formatDate(isoDate: string, language: InvoiceDocument['language']): string {
  return dates[localeOf(language)].format(new Date(`${isoDate}T00:00:00Z`))
}

/** '9,975 %' (French, non-breaking space) or '9.975%' (English). */
export function formatPercent(ratePercent: number, language: InvoiceDocument['language']): string {
  const locale = localeOf(language)
  const value = percents[locale].format(ratePercent)
  return locale === 'fr-CA' ? `${value}\u00a0%` : `${value}%`
}
