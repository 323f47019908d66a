// The one ESLint config of the workspace. Every package's eslint.config.js re-exports it, and
// `pnpm lint` runs ESLint from each package folder, so globs below are relative to that folder;
// the root eslint.config.js re-exports it too (editors, `eslint` from the root), hence the
// root-relative twin of each package-specific glob.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const cwd = process.cwd()

const currentPackage = (() => {
  try {
    const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'))
    return typeof manifest.name === 'string' ? manifest.name : undefined
  } catch {
    return undefined
  }
})()

const tsFiles = ['**/*.{ts,tsx,mts,cts}']
const jsFiles = ['**/*.{js,jsx,mjs,cjs}']
const sourceFiles = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'

/**
 * Globs inside one workspace package, whether ESLint runs from that package or from the root.
 * @param {string} folder
 * @param {string} name
 * @param {string[]} globs
 */
const inPackage = (folder, name, globs) => [
  ...globs.map((glob) => `${folder}/${glob}`),
  ...(currentPackage === name ? globs : []),
]

// Configuration is validated once per package in its env.ts; reading process.env anywhere else
// would bypass that validation. Tool configs run outside the app and may read it.
const envAllowed = ['**/env.ts', '**/*.config.{ts,mts,cts,js,mjs,cjs}', '**/vitest.preset.js']

// The admin connection bypasses row-level security: only the db package, the web app's one
// database module (which seeds the embedded database), tests and benchmarks may hold it.
// dependency-cruiser enforces the same rule on resolved paths (.dependency-cruiser.cjs).
const adminAllowed = [
  ...inPackage('packages/db', '@portail/db', [sourceFiles]),
  ...inPackage('apps/web', '@portail/web', ['src/server/database.ts']),
  '**/*.test.{ts,tsx}',
  '**/test/**',
  '**/e2e/**',
  '**/bench/**',
  '**/*.bench.ts',
]

const envMessage = 'Read configuration through the package env.ts module.'

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/.next/',
    '**/next-env.d.ts',
    '**/dist/',
    '**/coverage/',
    '**/.turbo/',
    '**/.data/',
    '**/playwright-report/',
    '**/test-results/',
    'drizzle/',
  ]),
  js.configs.recommended,
  {
    files: tsFiles,
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: cwd },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': true, 'ts-ignore': true, 'ts-nocheck': true, 'ts-check': false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: jsFiles,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: envMessage }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
          message: envMessage,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@portail/db/admin',
              message: 'The admin connection bypasses row-level security: use the app Database and withTenant.',
            },
          ],
        },
      ],
    },
  },
  { files: envAllowed, rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' } },
  { files: adminAllowed, rules: { 'no-restricted-imports': 'off' } },
  prettier,
)
