import { z } from 'zod'

/** The message key of a text refused for a control character (fr/en in @portail/i18n). */
export const controlCharacterMessage = 'input.controlCharacter'

const lineFeed = 0x0a
const tab = 0x09

/**
 * C0 controls (NUL, CR, LF, ESC…), DEL, C1 controls, and the Unicode line and paragraph separators.
 * Postgres refuses NUL in text, CR/LF in a name would split an email header, and none of them is
 * anything a person means to type in a form.
 */
const isControlCharacter = (code: number) =>
  code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029

/** True when the text has no control character at all: names, emails, anything on one line. */
export function hasNoControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isControlCharacter(value.charCodeAt(i))) return false
  return true
}

/** True when the only control characters are line feeds and tabs: notes and descriptions. */
export function hasNoControlCharacterBesidesLineBreaks(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code !== lineFeed && code !== tab && isControlCharacter(code)) return false
  }
  return true
}

/**
 * The base of every one-line text input: refuses control characters (CR and LF included) before
 * any other check, so nothing that reaches a header, a log line or the database carries one. Chain
 * `.trim()`, `.min()` and `.max()` on it; every text input needs a max.
 */
export const ZText = z.string().refine(hasNoControlCharacter, { message: controlCharacterMessage, abort: true })

/**
 * The base of a multi-line text (notes, descriptions, reasons): line feeds and tabs stay. A
 * Windows line break (CR LF, or a lone CR) becomes a line feed first, so pasted text is not refused
 * and no CR is ever stored.
 */
export const ZMultilineText = z
  .string()
  .overwrite((value) => value.replace(/\r\n?/g, '\n'))
  .refine(hasNoControlCharacterBesidesLineBreaks, { message: controlCharacterMessage, abort: true })

/** The check functions the input-schema sweep recognises as the shared building blocks above. */
export const controlCharacterChecks: readonly ((value: string) => boolean)[] = [
  hasNoControlCharacter,
  hasNoControlCharacterBesidesLineBreaks,
]
