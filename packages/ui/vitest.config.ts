import { testPreset } from '@portail/config/vitest'
import { defineConfig } from 'vitest/config'

// Components render in jsdom; the shared preset only knows .ts files.
export default defineConfig({
  test: {
    ...testPreset,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    fileParallelism: true,
  },
})
