import { type EmailMessages, emailCatalogs } from '@portail/i18n'

export type EmailWords = EmailMessages['email']

/** The email namespace of the catalog in this language. */
export const emailWords = (locale: 'fr' | 'en'): EmailWords => emailCatalogs[locale].email

/**
 * Puts the arguments into a catalog message (`{name}`). An argument the message names but the
 * caller did not give throws: a raw `{name}` must never reach a recipient.
 */
export function fill(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`email message argument {${name}} is missing`)
    return String(value)
  })
}

/** "Bonjour Élodie," or, when the name is unknown (a member without a public name), "Bonjour,". */
export const greeting = (words: { greeting: string; greetingNoName: string }, name: string) =>
  name.trim() === '' ? words.greetingNoName : fill(words.greeting, { name: name.trim() })
