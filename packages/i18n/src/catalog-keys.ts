/** A nested catalog: namespaces of namespaces, ending in message strings. */
export interface MessageTree {
  [key: string]: string | MessageTree
}

/** Every message of a catalog by its dotted key (`auth.signInTitle`), with its text. */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(path, value)
    else for (const [inner, text] of flattenMessages(value, path)) flat.set(inner, text)
  }
  return flat
}

/** The `{argument}` names a message interpolates (its ICU arguments, sorted). */
export function messageArguments(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1] ?? ''))].sort()
}

/**
 * What keeps two catalogs from being translations of each other: keys only one has, and
 * messages whose arguments differ (an `{email}` dropped in translation prints nothing).
 */
export function catalogDifferences(reference: MessageTree, other: MessageTree) {
  const left = flattenMessages(reference)
  const right = flattenMessages(other)
  const onlyInReference = [...left.keys()].filter((key) => !right.has(key))
  const onlyInOther = [...right.keys()].filter((key) => !left.has(key))
  const argumentMismatches = [...left]
    .filter(([key]) => right.has(key))
    .filter(([key, text]) => messageArguments(text).join() !== messageArguments(right.get(key) ?? '').join())
    .map(([key]) => key)
  return { onlyInReference, onlyInOther, argumentMismatches }
}
