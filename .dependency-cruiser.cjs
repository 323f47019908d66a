// Layering of the workspace (docs: ARCHITECTURE §2), checked by `pnpm lint` on resolved paths.
// Direction: apps/web -> api -> core -> {db, billing, email, events, storage, auth, i18n, validators};
// api and inngest both sit on core and never import each other; nothing imports an app; no cycles.
// logger (pino) sits under every server layer and imports nothing of ours; ui never logs.
// Workspace imports (@portail/x) resolve through pnpm's symlinks and each package's `exports` map to
// packages/x/..., so the rules below match both the folder and, should resolution ever fail, the
// module name.

/** Path patterns of workspace packages, as folder and as module name. */
const pkg = (...names) => names.flatMap((name) => [`^packages/${name}/`, `^@portail/${name}(/|$)`])
const app = ['^apps/', '^@portail/web(/|$)']
const inngest = ['^inngest/', '^@portail/inngest(/|$)']

// Tooling files (eslint/vitest/drizzle configs) may import @portail/config and dev tools.
const toolingFiles = '(^|/)[^/]+\\.config\\.(js|cjs|mjs|ts|mts|cts)$'
const testFiles = ['\\.test\\.tsx?$', '/test/', '/e2e/', '/bench/', '\\.bench\\.ts$']

/** Everything of ours except the given packages (config is tooling and allowed everywhere). */
const oursExcept = (...allowed) => {
  const all = ['validators', 'db', 'i18n', 'auth', 'events', 'email', 'billing', 'storage', 'core', 'api', 'ui']
  return [...pkg(...all.filter((name) => !allowed.includes(name))), ...app, ...inngest]
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make layers meaningless and initialisation order fragile.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'validators-only-zod',
      severity: 'error',
      comment: 'validators is shared by server and browser: zod and itself only.',
      from: { path: '^packages/validators/', pathNot: [toolingFiles, ...testFiles] },
      to: { pathNot: ['^packages/validators/', 'node_modules/zod/', '^zod(/|$)'] },
    },
    {
      name: 'db-imports-nothing-of-ours',
      severity: 'error',
      comment: 'db is the bottom layer: schema, connections, withTenant.',
      from: { path: '^packages/db/' },
      to: { path: oursExcept('db') },
    },
    {
      name: 'auth-on-validators-db-email',
      severity: 'error',
      comment:
        'auth (identity port, permission matrix, dev adapter) depends on validators, on db for the dev ' +
        "adapter's codes and sessions (never db/admin: see admin-connection-contained) and on email to send the codes.",
      from: { path: '^packages/auth/' },
      to: { path: oursExcept('auth', 'validators', 'db', 'email') },
    },
    {
      name: 'i18n-imports-nothing-of-ours',
      severity: 'error',
      comment: 'i18n (catalogs, locale negotiation, formatters) is pure and shared by server and browser.',
      from: { path: '^packages/i18n/' },
      to: { path: oursExcept('i18n') },
    },
    {
      name: 'email-on-db',
      severity: 'error',
      comment:
        'email (mail port and adapters) writes its local mailbox through db, and dates through i18n (one way to write a time); nothing else of ours.',
      from: { path: '^packages/email/' },
      to: { path: oursExcept('email', 'db', 'validators', 'i18n') },
    },
    {
      name: 'events-on-db',
      severity: 'error',
      comment: 'events (typed catalog + outbox send) writes through db and needs nothing else of ours.',
      from: { path: '^packages/events/' },
      to: { path: oursExcept('events', 'db') },
    },
    {
      name: 'logger-imports-nothing-of-ours',
      severity: 'error',
      comment:
        'logger (pino with redaction and per-request ids) is used by every server layer, so it sits under all of them.',
      from: { path: '^packages/logger/' },
      to: { path: oursExcept('logger') },
    },
    {
      name: 'storage-imports-nothing-of-ours',
      severity: 'error',
      comment: 'storage (file storage port: local encrypted, S3, memory) is a leaf adapter: nothing of ours.',
      from: { path: '^packages/storage/' },
      to: { path: oursExcept('storage') },
    },
    {
      name: 'core-below-api',
      severity: 'error',
      comment: 'core is domain logic: it never reaches up to api, inngest, ui or an app.',
      from: { path: '^packages/core/' },
      to: { path: [...pkg('api', 'ui'), ...app, ...inngest] },
    },
    {
      name: 'api-on-core',
      severity: 'error',
      comment:
        'api is thin routers over core, auth, db and validators (and the storage and payments ports it hands to core, ' +
        'with the invoice PDF renderer): never apps, inngest or ui.',
      from: { path: '^packages/api/' },
      to: { path: oursExcept('api', 'core', 'auth', 'db', 'validators', 'i18n', 'storage', 'billing') },
    },
    {
      name: 'inngest-not-api',
      severity: 'error',
      comment: 'Workflows sit on core beside api; emitting code uses @portail/events, never inngest/.',
      from: { path: '^inngest/' },
      to: { path: [...pkg('api'), ...app] },
    },
    {
      name: 'nothing-imports-inngest',
      severity: 'error',
      comment: 'Only the app serves the workflow registry; packages emit through @portail/events.',
      from: { path: '^packages/' },
      to: { path: inngest },
    },
    {
      name: 'nothing-imports-an-app',
      severity: 'error',
      comment: 'apps/web is the top: no package may import it.',
      from: { pathNot: '^apps/web/' },
      to: { path: app },
    },
    {
      name: 'ui-imports-nothing-of-ours',
      severity: 'error',
      comment:
        'ui is presentational and language-agnostic: no database, api, domain logic or messages; ' +
        'the app passes data and translated labels in as props.',
      from: { path: '^packages/ui/' },
      to: { path: [...oursExcept('ui'), ...pkg('logger')] },
    },
    {
      name: 'only-the-app-imports-ui',
      severity: 'error',
      comment: 'Components are for the browser: server packages never depend on them.',
      from: { pathNot: ['^packages/ui/', '^apps/web/'] },
      to: { path: pkg('ui') },
    },
    {
      name: 'lower-layers-not-up',
      severity: 'error',
      comment: 'Ports and shared packages sit under core and api.',
      from: { path: '^packages/(validators|db|i18n|auth|events|email|billing|storage|ui)/' },
      to: { path: pkg('core', 'api') },
    },
    {
      name: 'admin-connection-contained',
      severity: 'error',
      comment:
        'The admin connection bypasses row-level security: only packages/db itself, the web app ' +
        'database module (embedded seed), tests and benchmarks may import @portail/db/admin.',
      from: { pathNot: ['^packages/db/', '^apps/web/src/server/database\\.ts$', ...testFiles] },
      to: { path: ['^packages/db/src/admin/', '^@portail/db/admin$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: '(^|/)(\\.next|dist|coverage|\\.turbo|\\.data|playwright-report|test-results)/|next-env\\.d\\.ts$',
    },
    // Type-only imports count: a layer leaking types upward is still a dependency.
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    skipAnalysisNotInRules: true,
  },
}
