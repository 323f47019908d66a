import type { Locale } from '@portail/i18n'

const moneyPattern = /^(\d{1,9})(?:[.,](\d{1,2}))?$/

/**
 * An amount typed by staff ("85", "85,5", "1 234,56", "85.00 $") as whole cents, or null when it
 * is not one. Cents are what the API stores: no float ever holds money.
 */
export function centsOf(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f$]/g, '')
  const match = moneyPattern.exec(compact)
  if (!match) return null
  const whole = Number(match[1])
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'))
  return whole * 100 + fraction
}

/** Cents as the reader types them back: "85,00" in French, "85.00" in English. */
export function moneyInputOf(cents: number, locale: Locale): string {
  const whole = Math.trunc(cents / 100)
  const fraction = String(cents % 100).padStart(2, '0')
  return `${whole}${locale === 'fr' ? ',' : '.'}${fraction}`
}

/** A whole number typed in a field, or null ("", "1.5", "abc"). */
export function wholeNumberOf(text: string): number | null {
  const trimmed = text.trim()
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null
}
