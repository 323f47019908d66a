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

const noBreak = '\u00a0'

/**
 * A time of day, one way per language: French as the Office québécois de la langue française
 * writes it ("8 h 30", "13 h": 24-hour clock, no minutes on the hour), English as Canadian
 * English does ("8:30 a.m.", "1:00 p.m."). Built from the numbers rather than by ICU, whose
 * patterns and spaces differ between Node and browsers (a hydration mismatch) and between
 * styles ("08 h 30" from one option set, "8 h 30" from another).
 */
export function clockText(locale: Locale, hours: number, minutes: number): string {
  const mm = String(minutes).padStart(2, '0')
  if (locale === 'fr') return minutes === 0 ? `${hours}${noBreak}h` : `${hours}${noBreak}h${noBreak}${mm}`
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  return `${hour12}:${mm}${noBreak}${hours < 12 ? 'a.m.' : 'p.m.'}`
}

/** "08:30", "8:30:00" or minutes since midnight -> [hours, minutes]. */
function clockParts(value: string | number): [number, number] {
  if (typeof value === 'number') return [Math.floor(value / 60) % 24, value % 60]
  const [hours = 0, minutes = 0] = value.split(':').map(Number)
  return [hours, minutes]
}

/** French writes the first day of a month "1er" ("1er novembre"), not "1". */
const withFirstDay = (locale: Locale, parts: Intl.DateTimeFormatPart[]) =>
  parts.map((part) => (locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('')

/**
 * Dates, times and money as a reader of this locale expects them, on the business's clock. Every
 * formatter goes through Intl (the runtime's ICU data carries the time-zone rules, DST included),
 * never through manual offset arithmetic. Every date and time a person reads is written through
 * here, so each is written one way per language. Phone numbers are `formatPhone` of
 * `@portail/i18n/phone`: not a formatter of this set, so that a page showing a date does not also
 * download the phone-number metadata (issue 12 §2: 29 kB gzipped in the booking wizard).
 */
export function createFormatters({ locale, timeZone }: FormatContext) {
  const tag = intlLocales[locale]
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone })
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone })
  const shortDate = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone })
  const shortDay = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone })
  const clock = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone })
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })
  const time = (value: DateInput) => {
    const parts = clock.formatToParts(toDate(value))
    const number = (type: 'hour' | 'minute') => Number(parts.find((part) => part.type === type)?.value ?? 0)
    return clockText(locale, number('hour') % 24, number('minute'))
  }
  const dateTime = (value: DateInput) => `${withFirstDay(locale, shortDate.formatToParts(toDate(value)))}, ${time(value)}`
  return {
    /** "1er novembre 2026" / "November 1, 2026" */
    date: (value: DateInput) => withFirstDay(locale, date.formatToParts(toDate(value))),
    /** "dimanche 1er novembre 2026" / "Sunday, November 1, 2026" */
    day: (value: DateInput) => withFirstDay(locale, day.formatToParts(toDate(value))),
    /** "8 h 30", "13 h" / "8:30 a.m.", "1:00 p.m." */
    time,
    /** A wall-clock time with no date ("08:30" of a weekly schedule), written as `time` writes it. */
    clock: (value: string | number) => clockText(locale, ...clockParts(value)),
    /** "8 h 30 – 9 h 30" / "8:30 a.m. – 9:30 a.m." */
    timeRange: (start: DateInput, end: DateInput) => `${time(start)} – ${time(end)}`,
    /** "1er nov. 2026, 8 h 30" / "Nov 1, 2026, 8:30 a.m." */
    dateTime,
    /** "dim. 1er nov." / "Sun, Nov 1": a day in a week's heading. */
    shortDay: (value: DateInput) => withFirstDay(locale, shortDay.formatToParts(toDate(value))),
    /** "dimanche 1er novembre 2026 à 8 h 30" / "Sunday, November 1, 2026 at 8:30 a.m." */
    dayTime: (value: DateInput) =>
      `${withFirstDay(locale, day.formatToParts(toDate(value)))} ${locale === 'fr' ? 'à' : 'at'} ${time(value)}`,
    /** "1er nov. 2026, 8 h 30 – 9 h 30" / "Nov 1, 2026, 8:30 a.m. – 9:30 a.m." */
    dateTimeRange: (start: DateInput, end: DateInput) => `${dateTime(start)} – ${time(end)}`,
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
