/**
 * Which catalog messages a set of sources uses, read from the text (no type checker needed).
 * The convention that makes this reliable, enforced by reporting anything else as a problem:
 * - a translator is bound with a literal namespace: `const t = useTranslations('auth')`,
 *   `await getTranslations('auth')`, `await getTranslations({ locale, namespace: 'auth' })`,
 *   or a parameter typed `Translator<'auth'>`;
 * - every call of a bound translator (`t(...)`, `t.rich(...)`, `t.has(...)`) has a literal key;
 * - code outside React (the proxy's plain-HTML pages) reads a namespace from the catalogs:
 *   `const words = catalogs[locale].unavailable`, then `words.someKey` (never `words[key]`);
 * - one name is bound to one namespace per file.
 */
export interface SourceFile {
  path: string
  text: string
}

export interface MessageUsage {
  used: Set<string>
  problems: string[]
}

const bindingPattern =
  /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:'([\w.]+)'|\{[^}]*\bnamespace:\s*'([\w.]+)'[^}]*\})\s*\)/g
const translatorCallPattern = /\b(?:useTranslations|getTranslations)\(/g
const parameterPattern = /(\w+)\s*:\s*Translator<'(\w+)'>/g
const catalogReadPattern = /(?:const|let)\s+(\w+)\s*=\s*catalogs(?:\.\w+|\[[^\]]+\])\.(\w+)\b/g

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length

export function scanMessageUsage(files: SourceFile[]): MessageUsage {
  const used = new Set<string>()
  const problems: string[] = []
  for (const { path, text } of files) {
    const bindings = new Map<string, string>()
    const bind = (name: string, namespace: string, index: number) => {
      const earlier = bindings.get(name)
      if (earlier && earlier !== namespace)
        problems.push(`${path}:${lineOf(text, index)}: '${name}' is bound to '${earlier}' and '${namespace}'`)
      bindings.set(name, namespace)
    }
    let bound = 0
    for (const match of text.matchAll(bindingPattern)) {
      bound += 1
      bind(match[1] ?? '', match[2] ?? match[3] ?? '', match.index)
    }
    const calls = [...text.matchAll(translatorCallPattern)]
    if (calls.length !== bound) {
      const where = calls.map((call) => lineOf(text, call.index)).join(', ')
      problems.push(`${path}:${where}: bind each translator to a variable with a literal namespace`)
    }
    for (const match of text.matchAll(parameterPattern)) bind(match[1] ?? '', match[2] ?? '', match.index)
    for (const [name, namespace] of bindings) {
      const callPattern = new RegExp(`(?<![.\\w$])${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^\\s,)]*)`, 'g')
      for (const call of text.matchAll(callPattern)) {
        const key = /^'([\w.]+)'$/.exec(call[1] ?? '')?.[1]
        if (key) used.add(`${namespace}.${key}`)
        else problems.push(`${path}:${lineOf(text, call.index)}: ${name}(${call[1] ?? ''}…) needs a literal key`)
      }
    }
    for (const match of text.matchAll(catalogReadPattern)) {
      const [, name = '', namespace = ''] = match
      const readPattern = new RegExp(`(?<![.\\w$])${name}(?:\\.(\\w+)|\\[)`, 'g')
      for (const read of text.matchAll(readPattern)) {
        if (read.index === match.index + match[0].indexOf(name)) continue
        if (read[1]) used.add(`${namespace}.${read[1]}`)
        else problems.push(`${path}:${lineOf(text, read.index)}: ${name}[…] needs a literal key`)
      }
    }
  }
  return { used, problems }
}
