import { seedDemoData } from '../seed/seed-demo-data'
import { demoOperator } from '../seed/demo-people'
import { demoTenants } from '../seed/demo-tenants'
import { lastAppliedMigration, newerThan, readJournal } from './migration-journal'
import { describeTarget, runAdminTask } from './run-admin-task'

await runAdminTask('db:seed', async (admin) => {
  console.log(`Seeding demo data into the ${describeTarget(admin)}`)
  const pending = newerThan(readJournal(), await lastAppliedMigration(admin))
  if (pending.length > 0) {
    throw new Error(
      `${pending.length} migration(s) not applied yet (${pending.map((entry) => entry.tag).join(', ')}): ` +
        'run pnpm db:migrate first.',
    )
  }
  const counts = await seedDemoData(admin)
  console.log(`Demo data present: ${counts.tenants} businesses, ${counts.users} users, ${counts.clients} clients.`)
  console.log(`  businesses: ${demoTenants.map((tenant) => tenant.slug).join(', ')}`)
  console.log(`  platform operator: ${demoOperator.email}`)
})
