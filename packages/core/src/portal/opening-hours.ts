import type { Tx } from '@portail/db'
import { services, staffServices, workingHours } from '@portail/db/schema'
import { and, asc, eq, inArray } from 'drizzle-orm'

/** One open span of a weekday, local wall-clock "HH:MM" on the business's clock. */
export interface OpenSpan {
  start: string
  end: string
}

/** The business's week: ISO weekday (1 = Monday … 7 = Sunday) and its spans, closed days empty. */
export interface OpeningDay {
  weekday: number
  spans: OpenSpan[]
}

const hhmm = (time: string) => time.slice(0, 5)

/** Overlapping or touching spans of one day joined into one (two shifts 8-12 and 12-17 open 8-17). */
export function mergeSpans(spans: OpenSpan[]): OpenSpan[] {
  const sorted = [...spans].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
  const merged: OpenSpan[] = []
  for (const span of sorted) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end
    } else merged.push({ ...span })
  }
  return merged
}

/**
 * The business's weekly opening hours as a visitor may read them: when at least one team member
 * who performs an active service works, each weekday's shifts merged. Reads only what the public
 * actor's policies open (working hours, services, who performs them), never who works when.
 */
export async function publicOpeningHours(tx: Tx, tenantId: string): Promise<OpeningDay[]> {
  const performers = tx
    .selectDistinct({ membershipId: staffServices.membershipId })
    .from(staffServices)
    .innerJoin(services, and(eq(services.tenantId, staffServices.tenantId), eq(services.id, staffServices.serviceId)))
    .where(and(eq(staffServices.tenantId, tenantId), eq(services.active, true)))
  const rows = await tx
    .select({ weekday: workingHours.weekday, start: workingHours.startTime, end: workingHours.endTime })
    .from(workingHours)
    .where(and(eq(workingHours.tenantId, tenantId), inArray(workingHours.membershipId, performers)))
    .orderBy(asc(workingHours.weekday), asc(workingHours.startTime))
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    spans: mergeSpans(
      rows.filter((row) => row.weekday === weekday).map((row) => ({ start: hhmm(row.start), end: hhmm(row.end) })),
    ),
  }))
}
