import { intlLocales, type Locale } from './locales'

export interface FormatContext {
  /** The reader's language. */
  locale: Locale
  /** The business's IANA time zone: appointments happen on its clock, not the server's. */
  timeZone: string
}

export type DateInput = Date | string | number

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value))

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/**
 * Dates, times and money as a reader of this locale expects them, on the business's clock. Every
 * formatter goes through Intl (the runtime's ICU data carries the time-zone rules, DST included),
 * never through manual offset arithmetic.
 */
export function createFormatters({ locale, timeZone }: FormatContext) {
  const tag = intlLocales[locale]
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone })
  const time = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone })
  const dateTime = new Intl.DateTimeFormat(tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })
  return {
    /** "8 mars 2026" / "March 8, 2026" */
    date: (value: DateInput) => date.format(toDate(value)),
    /** "3 h 30" / "3:30 a.m." */
    time: (value: DateInput) => time.format(toDate(value)),
    /** "8 mars 2026, 03 h 30" / "Mar 8, 2026, 3:30 a.m." */
    dateTime: (value: DateInput) => dateTime.format(toDate(value)),
    /** "dans 2 heures" / "in 2 hours", "hier" / "yesterday": the largest unit that fits. */
    relative(value: DateInput, now: DateInput = new Date()): string {
      const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000)
      const [unit, size] = relativeUnits.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1]
      return relative.format(Math.round(seconds / size), unit)
    },
    /**
     * An amount in minor units (cents: what we store, never floats) as money: "1 234,56 $" /
     * "$1,234.56". The currency's own number of decimals decides the minor unit.
     */
    money(minorUnits: number, currency = 'CAD'): string {
      if (!Number.isSafeInteger(minorUnits)) throw new RangeError(`money expects whole minor units, got ${minorUnits}`)
      const format = new Intl.NumberFormat(tag, { style: 'currency', currency })
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2
      return format.format(minorUnits / 10 ** digits)
    },
  }
}

export type Formatters = ReturnType<typeof createFormatters>
