import { fileURLToPath } from 'node:url'
import { testPreset } from '@portail/config/vitest'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The `~/` import alias of tsconfig.json (apps/web/src), which Next resolves on its own.
  resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
  // Component tests (.test.tsx) ask for jsdom themselves (a `@vitest-environment jsdom` comment).
  test: { ...testPreset, include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'] },
})
