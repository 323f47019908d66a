/**
 * The booking wizard's choice, kept in the address bar's search params so that a visitor who
 * signs in comes back to the same review, and the browser's Back goes to the previous step.
 * Everything here is untrusted input: the server checks it all again.
 */

export const wizardSteps = ['service', 'options', 'staff', 'day', 'time', 'details', 'review'] as const
export type WizardStep = (typeof wizardSteps)[number]

export interface WizardChoice {
  serviceId: string | null
  optionIds: string[]
  /** Who performs it: a membership id, 'any', or null while not chosen yet. */
  staff: string | null
  /** The month the calendar shows, "YYYY-MM". */
  month: string | null
  /** The local date picked, "YYYY-MM-DD". */
  date: string | null
  /** The slot's start instant (ISO), as booking.slots gave it. */
  start: string | null
}

export const emptyChoice: WizardChoice = {
  serviceId: null,
  optionIds: [],
  staff: null,
  month: null,
  date: null,
  start: null,
}

const id = /^[0-9a-f-]{36}$/i
const month = /^\d{4}-\d{2}$/
const date = /^\d{4}-\d{2}-\d{2}$/

const valid = (value: string | null, pattern: RegExp) => (value !== null && pattern.test(value) ? value : null)

export function readChoice(params: URLSearchParams): WizardChoice {
  const staff = params.get('staff')
  const start = params.get('start')
  return {
    serviceId: valid(params.get('service'), id),
    optionIds: [...new Set((params.get('options') ?? '').split(',').filter((option) => id.test(option)))].slice(0, 20),
    staff: staff === 'any' ? 'any' : valid(staff, id),
    month: valid(params.get('month'), month),
    date: valid(params.get('date'), date),
    start: start !== null && !Number.isNaN(Date.parse(start)) ? start : null,
  }
}

export function writeChoice(choice: WizardChoice, step: WizardStep): URLSearchParams {
  const params = new URLSearchParams()
  if (choice.serviceId) params.set('service', choice.serviceId)
  if (choice.optionIds.length > 0) params.set('options', choice.optionIds.join(','))
  if (choice.staff) params.set('staff', choice.staff)
  if (choice.month) params.set('month', choice.month)
  if (choice.date) params.set('date', choice.date)
  if (choice.start) params.set('start', choice.start)
  params.set('step', step)
  return params
}

/** The steps this service goes through: no add-on step for a service without add-ons. */
export const stepsFor = (hasOptions: boolean): WizardStep[] =>
  wizardSteps.filter((step) => hasOptions || step !== 'options')

/** What a step needs chosen before it can be shown. */
function ready(step: WizardStep, choice: WizardChoice): boolean {
  switch (step) {
    case 'service':
    case 'options':
      return step === 'service' || choice.serviceId !== null
    case 'staff':
      return choice.serviceId !== null
    case 'day':
      return choice.serviceId !== null && choice.staff !== null
    case 'time':
      return ready('day', choice) && choice.date !== null
    case 'details':
    case 'review':
      return ready('time', choice) && choice.start !== null
  }
}

/**
 * The step to show: the one asked for, unless something before it is missing (an edited or old
 * link), then the first step whose prerequisites are met.
 */
export function stepToShow(requested: string | null, choice: WizardChoice, steps: readonly WizardStep[]): WizardStep {
  const wanted = steps.find((step) => step === requested) ?? steps[0] ?? 'service'
  const reachable = steps.filter((step) => ready(step, choice))
  return reachable.includes(wanted) ? wanted : (reachable.at(-1) ?? 'service')
}

/** Totals of a service with its add-ons. */
export function totals(
  service: {
    durationMinutes: number
    priceCents: number
    options: { id: string; extraMinutes: number; extraPriceCents: number }[]
  },
  optionIds: readonly string[],
): { minutes: number; priceCents: number } {
  const chosen = service.options.filter((option) => optionIds.includes(option.id))
  return {
    minutes: service.durationMinutes + chosen.reduce((sum, option) => sum + option.extraMinutes, 0),
    priceCents: service.priceCents + chosen.reduce((sum, option) => sum + option.extraPriceCents, 0),
  }
}

/** "YYYY-MM" of an instant on the business's clock. */
export function monthIn(timeZone: string, at: number): string {
  return dayIn(timeZone, at).slice(0, 7)
}

/** "YYYY-MM-DD" of an instant on the business's clock. */
export function dayIn(timeZone: string, at: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** A calendar day ("YYYY-MM-DD") as the date object the calendar widget draws (its own local midnight). */
export function dayToDate(day: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number)
  return new Date(y, m - 1, d)
}

/** The widget's date back to the calendar day it shows. */
export function dateToDay(value: Date): string {
  return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`
}
