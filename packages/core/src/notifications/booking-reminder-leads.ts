import { reminderLeadBounds, secondReminderFits } from '@portail/validators'

/** How many hours before an appointment its two reminders go out (0 for the second: none). */
export interface ReminderLeads {
  firstLeadHours: number
  secondLeadHours: number
}

/** What a business that never changed its booking rules gets: the day before, then the hour before. */
export const defaultReminderLeads: ReminderLeads = { firstLeadHours: 24, secondLeadHours: 1 }

const withinBounds = (value: unknown, [min, max]: readonly [number, number]): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/**
 * The lead times stored in `tenants.settings` (no column of their own: no migration), read
 * defensively: a value missing, out of bounds or out of order (written by hand, or by an older
 * version) falls back to its default, so a reminder is never planned from garbage.
 */
export function reminderLeadsOf(settings: Record<string, unknown>): ReminderLeads {
  const first = settings.reminderFirstLeadHours
  const second = settings.reminderSecondLeadHours
  const firstLeadHours = withinBounds(first, reminderLeadBounds.first) ? first : defaultReminderLeads.firstLeadHours
  const secondLeadHours =
    withinBounds(second, reminderLeadBounds.second) && secondReminderFits(firstLeadHours, second)
      ? second
      : secondReminderFits(firstLeadHours, defaultReminderLeads.secondLeadHours)
        ? defaultReminderLeads.secondLeadHours
        : 0
  return { firstLeadHours, secondLeadHours }
}
