/**
 * SMS length as carriers bill it (GSM 03.38 / 3GPP TS 23.038). A message written only with the
 * GSM-7 alphabet packs 160 characters in one segment (153 per segment once split, the rest carries
 * the reassembly header); a single character outside it (ê, ô, ç, «, ’, an emoji) sends the whole
 * message as UCS-2: 70 per segment, 67 once split. Characters of the extension table (€, [, ], {,
 * }, \, ^, ~, |) take two septets, and a split never separates the escape from its character.
 */

/** The basic table, without ESC (0x1B), which a text never contains on its own. Ç is here, ç is not. */
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
)
const gsmExtension = new Set('\f^{}\\[~]|€')

export type SmsEncoding = 'GSM-7' | 'UCS-2'

export interface SmsLength {
  encoding: SmsEncoding
  segments: number
}

export const isGsm7 = (text: string) => [...text].every((c) => gsmBasic.has(c) || gsmExtension.has(c))

/** Septets of each character: 1, or 2 for the extension table. Only meaningful for GSM-7 text. */
const septets = (text: string) => [...text].map((c) => (gsmExtension.has(c) ? 2 : 1))

/** UTF-16 code units of each character: a character outside the BMP (emoji) takes 2, never split. */
const codeUnits = (text: string) => [...text].map((c) => c.length)

/** How many segments units fill, `single` fitting one segment, `part` per segment once split. */
function countParts(units: number[], single: number, part: number): number {
  const total = units.reduce((sum, n) => sum + n, 0)
  if (total <= single) return total === 0 ? 0 : 1
  let segments = 1
  let used = 0
  for (const n of units) {
    if (used + n > part) {
      segments += 1
      used = 0
    }
    used += n
  }
  return segments
}

export function countSmsSegments(text: string): SmsLength {
  if (isGsm7(text)) return { encoding: 'GSM-7', segments: countParts(septets(text), 160, 153) }
  return { encoding: 'UCS-2', segments: countParts(codeUnits(text), 70, 67) }
}

/** Septets the GSM-7 text takes (extension characters count twice). */
export const gsmLength = (text: string) => septets(text).reduce((sum, n) => sum + n, 0)

const replacements: Record<string, string> = {
  â: 'a',
  ê: 'e',
  ë: 'e',
  î: 'i',
  ï: 'i',
  ô: 'o',
  û: 'u',
  ç: 'c',
  œ: 'oe',
  Â: 'A',
  Ê: 'E',
  È: 'E',
  Ë: 'E',
  Î: 'I',
  Ï: 'I',
  Ô: 'O',
  Û: 'U',
  Ù: 'U',
  À: 'A',
  Œ: 'OE',
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': ' ',
}

/**
 * Text from outside the template (a business's or service's name, a formatted date: fr-CA writes
 * "9 h 30" with a narrow no-break space, "août" with û) made GSM-7, so one such character never
 * turns a one-segment message into three: accents GSM-7 lacks lose them, typographic quotes and
 * dashes become plain ones, any other character (an emoji) becomes '?'.
 */
export function toGsm7(text: string): string {
  return [...text]
    .map((c) => {
      if (gsmBasic.has(c) || gsmExtension.has(c)) return c
      const replacement = replacements[c]
      if (replacement !== undefined) return replacement
      // A letter with a combining accent: drop the accent, keep the letter if that one is GSM-7.
      const base = c.normalize('NFD').replace(/\p{M}/gu, '')
      return [...base].every((b) => gsmBasic.has(b)) && base.length > 0 ? base : '?'
    })
    .join('')
}
