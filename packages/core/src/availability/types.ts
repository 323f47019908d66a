/** A local wall-clock span of one day, in minutes since local midnight ([start, end), end <= 1440). */
export interface MinuteSpan {
  start: number
  end: number
}

/** One weekly working-hours row: ISO weekday (1 = Monday … 7 = Sunday), local "HH:MM[:SS]" times. */
export interface WeeklyHours {
  weekday: number
  startTime: string
  endTime: string
}

/**
 * A date that differs from the weekly hours ("YYYY-MM-DD" in the tenant's zone): `closed` all day
 * (no times) or for a span, or `extra` hours added to the day.
 */
export interface ScheduleOverride {
  date: string
  kind: 'closed' | 'extra'
  startTime: string | null
  endTime: string | null
}

/** A time the staff member is taken, buffers included: [from, until) in epoch milliseconds. */
export interface BusyInterval {
  from: number
  until: number
}

/** One staff member's rules, as read from the database. */
export interface StaffSchedule {
  staffId: string
  weeklyHours: readonly WeeklyHours[]
  /** This person's overrides and the whole business's, together. */
  overrides: readonly ScheduleOverride[]
  busy: readonly BusyInterval[]
}

/** What is being booked and the business's booking settings. */
export interface SlotRules {
  timeZone: string
  /** Service duration plus the chosen options' extra minutes. */
  durationMinutes: number
  bufferBeforeMinutes: number
  bufferAfterMinutes: number
  slotIntervalMinutes: number
  minNoticeMinutes: number
  maxAdvanceDays: number
  now: number
}

export interface Slot {
  /** UTC instants, ISO 8601. */
  start: string
  end: string
  /** The local date and wall-clock time the client sees, in the tenant's zone. */
  localDate: string
  localTime: string
  /** Offset from UTC at the start, in minutes (-300 in Toronto's winter): tells 01:30 from 01:30. */
  utcOffsetMinutes: number
  /** Staff members free for this slot (one when a person was chosen, possibly several for "anyone"). */
  staffIds: string[]
}
