import { defineConfig } from 'drizzle-kit'

// drizzle-kit only generates: migrations are applied by our own runner (src/migrate.ts) so that
// the embedded PGlite gets its extensions loaded and both drivers run the very same files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: '../../drizzle',
  entities: { roles: false },
})
