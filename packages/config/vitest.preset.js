// Shared Vitest settings: integration suites open their own database per file, so files run
// one at a time on a 2-core machine and each test gets time for migrations.
// Plain JS: Vitest loads config dependencies from node_modules without transpiling them.
export const testPreset = {
  environment: 'node',
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  env: { TZ: 'UTC' },
}
