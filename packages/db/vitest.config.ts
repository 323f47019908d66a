import { testPreset } from '@portail/config/vitest'
import { defineConfig } from 'vitest/config'

// Test files share one worker's modules (isolate: false): each file still gets a database of its
// own from the harness, and no test mocks a module or keeps state in one. Importing the schema,
// drizzle and PGlite again for every file was more than half of this package's CPU
// (docs/decisions/test-suites.md, "Where CI time goes").
export default defineConfig({ test: { ...testPreset, isolate: false } })
