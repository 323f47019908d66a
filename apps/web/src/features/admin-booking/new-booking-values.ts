import {
  seriesFrequencies,
  type TCreateSeriesInput,
  type TStaffCreateBookingInput,
  ZBookingDate,
  ZCreateSeriesInput,
  ZStaffCreateBookingInput,
} from '@portail/validators'
import { z } from 'zod'
import { instantOf } from './calendar-time'
import { type AddressDraft, addressDraftOf, addressSubmissionOf } from './service-address-draft'

export type SeriesFrequency = (typeof seriesFrequencies)[number]

/** What the staff "new booking" form holds, every field as chosen or typed. */
export interface NewBookingValues {
  client: { id: string; fullName: string } | null
  serviceId: string
  optionIds: string[]
  staffId: string
  /** The local day (business zone) the free times are read for, YYYY-MM-DD. */
  date: string
  /** The free time picked, as the slots procedure gave it; '' until one is. */
  slotStart: string
  /** Place it at any time (outside hours, notice, window), with a reason. */
  ignoreRules: boolean
  /** With ignoreRules: the local time typed, HH:MM. */
  freeTime: string
  reason: string
  notes: string
  /** Starts as the client's address on file; all empty: no address. */
  serviceAddress: AddressDraft
  recurring: boolean
  frequency: SeriesFrequency
  /** With recurring: the last local date an occurrence may fall on. */
  until: string
  /** One per booking attempt, so a retried submit finds the booking the first one made. */
  idempotencyKey: string
}

export const newBookingValues = (date: string, idempotencyKey: string): NewBookingValues => ({
  client: null,
  serviceId: '',
  optionIds: [],
  staffId: '',
  date,
  slotStart: '',
  ignoreRules: false,
  freeTime: '09:00',
  reason: '',
  notes: '',
  serviceAddress: addressDraftOf(null),
  recurring: false,
  frequency: 'weekly',
  until: '',
  idempotencyKey,
})

/** The call a valid form makes: one booking, or a recurring series. */
export type BookingRequest =
  { kind: 'single'; input: TStaffCreateBookingInput } | { kind: 'series'; input: TCreateSeriesInput }

/** A field a check refused, and the message key the form words (adminCalendar's, or the validators'). */
export interface Problem {
  path: (string | number)[]
  message: string
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

type ParseOptions = Parameters<z.ZodType['safeParse']>[1]

type Checked = { ok: true; request: BookingRequest } | { ok: false; problems: Problem[] }

/**
 * The form's own checks, in the order a person fills it in: each missing choice is named on its
 * field. Message keys: pickClient, pickService, pickStaff, pickSlot, pickUntil, reasonRequired,
 * timeInvalid, addressIncomplete, and the validators' keys (booking.invalidDate...). Once they
 * pass, the API input it would send: the start is the free time picked, or with "ignore rules"
 * the time typed on that day in the business's zone. A series takes no reason: its occurrences
 * follow the rules, and those that cannot are skipped.
 */
function checkChoices(values: NewBookingValues, timeZone: string): Checked {
  const problems: Problem[] = []
  const { client } = values
  if (client === null) problems.push({ path: ['client'], message: 'pickClient' })
  if (values.serviceId === '') problems.push({ path: ['serviceId'], message: 'pickService' })
  if (values.staffId === '') problems.push({ path: ['staffId'], message: 'pickStaff' })
  const date = ZBookingDate.safeParse(values.date)
  if (!date.success) problems.push({ path: ['date'], message: date.error.issues[0]?.message ?? 'booking.invalidDate' })
  if (values.ignoreRules) {
    if (!timePattern.test(values.freeTime)) problems.push({ path: ['freeTime'], message: 'timeInvalid' })
    if (values.reason.trim() === '') problems.push({ path: ['reason'], message: 'reasonRequired' })
  } else if (values.slotStart === '') {
    problems.push({ path: ['slotStart'], message: 'pickSlot' })
  }
  if (values.recurring && !ZBookingDate.safeParse(values.until).success) {
    problems.push({ path: ['until'], message: 'pickUntil' })
  }
  const address = addressSubmissionOf(values.serviceAddress)
  if (!address.ok) {
    for (const part of address.missing) problems.push({ path: ['serviceAddress', part], message: 'addressIncomplete' })
  }
  if (problems.length > 0 || client === null || !address.ok) return { ok: false, problems }

  const start = values.ignoreRules ? instantOf(values.date, values.freeTime, timeZone).toISOString() : values.slotStart
  const notes = values.notes.trim()
  const shared = {
    clientId: client.id,
    serviceId: values.serviceId,
    optionIds: values.optionIds,
    staffId: values.staffId,
    serviceAddress: address.serviceAddress,
    idempotencyKey: values.idempotencyKey,
    ...(notes === '' ? {} : { notes }),
  }
  if (values.recurring) {
    return {
      ok: true,
      request: {
        kind: 'series',
        input: { ...shared, firstStart: start, frequency: values.frequency, until: values.until },
      },
    }
  }
  const rules = values.ignoreRules ? { ignoreRules: true, reason: values.reason.trim() } : {}
  return { ok: true, request: { kind: 'single', input: { ...shared, start, ...rules } } }
}

/** The API call of a form whose choices are all made; null while one is missing. */
export function bookingRequestOf(values: NewBookingValues, timeZone: string): BookingRequest | null {
  const checked = checkChoices(values, timeZone)
  return checked.ok ? checked.request : null
}

// Where the API input's fields sit in the form, so the validators' refusals land on what was typed.
function formPathOf(apiPath: readonly PropertyKey[], values: NewBookingValues): (string | number)[] {
  const [head, ...rest] = apiPath
  switch (head) {
    case 'start':
    case 'firstStart':
      return [values.ignoreRules ? 'freeTime' : 'slotStart']
    case 'clientId':
      return ['client']
    case 'optionIds':
      return ['serviceId']
    case 'serviceAddress': {
      const part = rest[0]
      return typeof part === 'string' ? ['serviceAddress', part] : ['serviceAddress', 'line1']
    }
    case 'serviceId':
    case 'staffId':
    case 'until':
    case 'reason':
    case 'notes':
      return [head]
    default:
      return ['root']
  }
}

/**
 * Every problem of the form: its own checks first; once they pass, the API's schema from
 * @portail/validators on the input it would send (a series ending more than a year out, a
 * malformed postal code, a control character in the notes), each on its field.
 */
export function newBookingProblems(values: NewBookingValues, timeZone: string, parseOptions?: ParseOptions): Problem[] {
  const checked = checkChoices(values, timeZone)
  if (!checked.ok) return checked.problems
  const { request } = checked
  const parsed =
    request.kind === 'series'
      ? ZCreateSeriesInput.safeParse(request.input, parseOptions)
      : ZStaffCreateBookingInput.safeParse(request.input, parseOptions)
  if (parsed.success) return []
  return parsed.error.issues.map((issue) => ({ path: formPathOf(issue.path, values), message: issue.message }))
}

const ZAddressDraft = z.object({
  line1: z.string().max(200),
  line2: z.string().max(200),
  city: z.string().max(100),
  province: z.string().max(2),
  postalCode: z.string().max(7),
})

/** The form's schema for zodResolver: shapes and bounds, then newBookingProblems. */
export function newBookingSchema(timeZone: string, parseOptions?: ParseOptions) {
  return z
    .object({
      client: z.object({ id: z.string().max(64), fullName: z.string().max(200) }).nullable(),
      serviceId: z.string().max(64),
      optionIds: z.array(z.string().max(64)).max(20),
      staffId: z.string().max(64),
      date: z.string().max(10),
      slotStart: z.string().max(40),
      ignoreRules: z.boolean(),
      freeTime: z.string().max(5),
      reason: z.string().max(500),
      notes: z.string().max(2000),
      serviceAddress: ZAddressDraft,
      recurring: z.boolean(),
      frequency: z.enum(seriesFrequencies),
      until: z.string().max(10),
      idempotencyKey: z.string().max(128),
    })
    .superRefine((values, context) => {
      for (const { path, message } of newBookingProblems(values, timeZone, parseOptions)) {
        context.addIssue({ code: 'custom', path, message })
      }
    })
}
