/**
 * The environment handed to a server under test: the runner's own (PATH, HOME...) minus every
 * variable the app reads, so each test states the configuration it starts with.
 */
export function serverProcessEnv(config: Record<string, string>): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [
    'DATABASE_URL',
    'DATABASE_MIGRATION_URL',
    'DATABASE_POOL_MAX',
    'DATABASE_PREPARED_STATEMENTS',
    'PGLITE_DATA_DIR',
    'ROOT_DOMAIN',
    'PORTAIL_TEST_IDENTITY',
    'PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION',
    'NODE_ENV',
    'PORT',
    'CLERK_SECRET_KEY',
    'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
    'CLERK_JWT_KEY',
    'CLERK_AUTHORIZED_PARTIES',
    'CLERK_WEBHOOK_SIGNING_SECRET',
    'CLERK_API_URL',
    'FILES_DATA_DIR',
    'FILES_ENCRYPTION_KEY',
    'S3_BUCKET',
  ]) {
    delete inherited[name]
  }
  // Vitest runs with NODE_ENV=test; the server under test is the production build.
  // A production server stores files only with its own key (files land beside PGLITE_DATA_DIR).
  const filesKey = Buffer.alloc(32, 'web-test').toString('base64')
  return { ...inherited, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FILES_ENCRYPTION_KEY: filesKey, ...config }
}
