import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { workflowEngineRole } from './actor-roles'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { workflowRunStatusEnum } from './enums'
import { rowPolicy } from './row-policy'

/**
 * One run of one workflow function for one event, as the embedded engine drives it: its memoised
 * step results (`steps`, by step id) and the order they ran in (`stack`), so a run resumed after a
 * restart replays its steps instead of repeating their side effects; when it wakes next
 * (`wake_at`); and a lease (`locked_until`) so two workers never run it at once.
 *
 * UNIQUE (tenant_id, function_id, event_id): an event starts at most one run of each function,
 * however often it is delivered. The partial indexes keep pickup of due runs and lookups of a
 * business's live runs (cancelOn) flat however many finished runs pile up.
 *
 * No foreign key to tenants: cron runs carry `platformTenantId`. Only the engine
 * (portail_workflow_engine) reads, creates and advances runs (no delete); it runs outside any
 * tenant, and its functions do tenant work as the system actor of the run's tenant.
 */
export const workflowRuns = pgTable(
  'workflow_runs',
  {
    tenantId: tenantId(),
    id: id(),
    functionId: text('function_id').notNull(),
    eventId: text('event_id').notNull(),
    event: jsonb('event').$type<Record<string, unknown>>().notNull(),
    steps: jsonb('steps').$type<Record<string, unknown>>().notNull().default({}),
    stack: jsonb('stack').$type<string[]>().notNull().default([]),
    status: workflowRunStatusEnum('status').notNull().default('queued'),
    wakeAt: timestamp('wake_at', { withTimezone: true }).notNull().defaultNow(),
    attempt: integer('attempt').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    output: jsonb('output'),
    error: text('error'),
    /** The id of the event that cancelled the run (cancelOn), if one did. */
    cancelledBy: text('cancelled_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'workflow_runs_pkey', columns: [t.tenantId, t.id] }),
    unique('workflow_runs_event_key').on(t.tenantId, t.functionId, t.eventId),
    index('workflow_runs_due_idx')
      .on(t.wakeAt)
      .where(sql`${t.status} in ('queued', 'sleeping')`),
    index('workflow_runs_live_idx')
      .on(t.tenantId, t.functionId)
      .where(sql`${t.status} in ('queued', 'sleeping', 'running')`),
    index('workflow_runs_lease_idx')
      .on(t.lockedUntil)
      .where(sql`${t.status} = 'running'`),
    rowPolicy('workflow_runs_workflow_engine', workflowEngineRole, sql`true`),
  ],
)
