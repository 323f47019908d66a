import type { NextConfig } from 'next'
import { fileURLToPath } from 'node:url'

const config: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@electric-sql/pglite', 'postgres'],
  transpilePackages: ['@portail/api', '@portail/auth', '@portail/core', '@portail/db', '@portail/validators'],
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
}

export default config
