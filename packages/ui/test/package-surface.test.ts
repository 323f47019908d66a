// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string> }
const componentsDir = join(root, 'src/components')
const components = readdirSync(componentsDir).filter((file) => file.endsWith('.tsx') && !file.includes('.test.'))

describe('package surface', () => {
  it('exports every component under its file name, and every export exists', () => {
    for (const file of components) {
      expect(manifest.exports[`./${file.replace(/\.tsx$/, '')}`]).toBe(`./src/components/${file}`)
    }
    for (const target of Object.values(manifest.exports)) {
      expect(existsSync(join(root, target)), target).toBe(true)
    }
  })

  // The kit is language-agnostic: words come from the app's fr/en messages through props.
  it.each(components)('%s holds no user-visible text of its own', (file) => {
    // Single-quoted literals are code (class names, developer errors); JSX text and attributes are not.
    const source = readFileSync(join(componentsDir, file), 'utf8').replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    const jsxText = [...source.matchAll(/(?<![=-])>\s*([A-Za-zÀ-ÿ][^<>{}()=?;:]*?)\s*</g)].map((match) => match[1])
    const textAttributes = [
      ...source.matchAll(/\b(aria-label|aria-description|placeholder|alt|title|label)="([^"]+)"/g),
    ].map((match) => match[0])
    expect([...jsxText, ...textAttributes]).toEqual([])
  })
})
