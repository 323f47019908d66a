/**
 * Whether a person still has no name of their own: the dev adapter names a new user after the
 * local part of their email (`luc.proprio`), and Clerk may have no name at all (empty). Pages then
 * ask for the name instead of greeting "Bonjour luc.proprio".
 */
export function hasNoNameOfTheirOwn(person: { name: string; email: string }): boolean {
  const name = person.name.trim()
  if (name === '') return true
  const localPart = person.email.split('@')[0] ?? ''
  return name.toLowerCase() === localPart.trim().toLowerCase()
}

/** What to prefill a "your name" field with: the person's name, or nothing when it is not theirs yet. */
export const suggestedName = (person: { name: string; email: string }): string =>
  hasNoNameOfTheirOwn(person) ? '' : person.name.trim()
