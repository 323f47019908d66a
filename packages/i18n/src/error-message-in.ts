import type { MessageTree } from './catalog-keys'

/**
 * The message of a key in the one catalog a page handed over (the browser's side), or undefined
 * when the text is not one of our keys (already a sentence, or zod's own wording). A module of its
 * own, exported as `@portail/i18n/error-message-in`, so a client component that imports it pulls in
 * no catalog.
 */
export function errorMessageIn(catalog: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}
