import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { catalogs, flattenMessages } from '@portail/i18n'
import { describe, expect, it } from 'vitest'
import { scanMessageUsage, type SourceFile } from './message-usage'

const sourceRoot = fileURLToPath(new URL('..', import.meta.url))

function appSources(folder = sourceRoot): SourceFile[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return appSources(path)
    // The scanner's own comments show translator calls; they are not uses.
    if (!/\.tsx?$/.test(entry.name) || /\.(test|d)\.tsx?$/.test(entry.name) || entry.name === 'message-usage.ts')
      return []
    return [{ path: relative(sourceRoot, path), text: readFileSync(path, 'utf8') }]
  })
}

describe('the messages apps/web uses', () => {
  const catalogKeys = [...flattenMessages(catalogs.fr).keys()]
  const usage = scanMessageUsage(appSources())

  it('are all named by literal keys, so this check can see them', () => {
    expect(usage.problems).toEqual([])
  })

  it('are every message of the catalogs: none is defined and never used', () => {
    expect(catalogKeys.filter((key) => !usage.used.has(key))).toEqual([])
  })

  it('all exist in the catalogs', () => {
    expect([...usage.used].filter((key) => !catalogKeys.includes(key))).toEqual([])
  })
})

describe('scanMessageUsage', () => {
  it('reads keys through each way of binding a translator', () => {
    const { used, problems } = scanMessageUsage([
      {
        path: 'a.tsx',
        text: `const t = useTranslations('auth')\nconst c = await getTranslations({ locale, namespace: 'common' })\nt('signInTitle'); c.rich('brand', {})\nfunction f(x: Translator<'trades'>) { return x('salon') }\nconst words = catalogs[locale].errors\nwords.notFoundTitle`,
      },
    ])
    expect(problems).toEqual([])
    expect([...used].sort()).toEqual(['auth.signInTitle', 'common.brand', 'errors.notFoundTitle', 'trades.salon'])
  })

  it('reports a computed key, an unbound translator and a name bound twice', () => {
    const { problems } = scanMessageUsage([
      { path: 'a.tsx', text: "const t = useTranslations('trades')\nt(`${trade}`)" },
      { path: 'b.tsx', text: 'const t = useTranslations(namespace)' },
      { path: 'c.tsx', text: "const t = useTranslations('auth')\nconst t = useTranslations('portal')" },
      { path: 'd.ts', text: 'const words = catalogs.fr.errors\nwords[key]' },
    ])
    expect(problems).toEqual([
      'a.tsx:2: t(`${trade}`…) needs a literal key',
      'b.tsx:1: bind each translator to a variable with a literal namespace',
      "c.tsx:2: 't' is bound to 'auth' and 'portal'",
      'd.ts:2: words[…] needs a literal key',
    ])
  })
})
