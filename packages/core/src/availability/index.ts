export { availableDays, findSlot, nextSlots, slotsForDay } from './compute-slots'
export type { BusyInterval, ScheduleOverride, Slot, SlotRules, StaffSchedule, WeeklyHours } from './types'
