import { runMigrations } from '../migrate'
import { lastAppliedMigration, newerThan, readJournal } from './migration-journal'
import { describeTarget, runAdminTask } from './run-admin-task'

await runAdminTask('db:migrate', async (admin) => {
  console.log(`Migrating the ${describeTarget(admin)}`)
  const before = await lastAppliedMigration(admin)
  await runMigrations(admin)
  const after = await lastAppliedMigration(admin)
  const applied = newerThan(readJournal(), before).filter((entry) => after !== null && entry.when <= after)
  if (applied.length === 0) console.log('Already up to date: no migration to apply.')
  else console.log(`Applied ${applied.length} migration(s):\n${applied.map((entry) => `  ${entry.tag}`).join('\n')}`)
})
