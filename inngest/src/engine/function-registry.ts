import { headerKeys, internalEvents } from 'inngest'
import { z } from 'zod'
import { parseCron, type CronSchedule } from './cron'
import { type Comparison, parseExpression } from './expression'
import { signatureHeader } from './sign-request'

/** A served function as the engine drives it, read from the SDK's own sync answer. */
export interface EngineFunction {
  /** The id Inngest calls it by (`portail-<id>`, the `fnId` query parameter). */
  id: string
  events: { event: string; condition: Comparison[] }[]
  crons: CronSchedule[]
  /** cancelOn: an event of this name whose comparisons hold against the run's own event cancels it. */
  cancelOn: { event: string; condition: Comparison[] }[]
  /** The function's `retries` plus the first attempt (Inngest's default: 4 retries). */
  maxAttempts: number
}

export class UnsupportedFeatureError extends Error {
  constructor(functionId: string, feature: string) {
    super(`Workflow function "${functionId}" uses ${feature}, which the embedded engine does not support`)
    this.name = 'UnsupportedFeatureError'
  }
}

/** Inngest retries a step or function 4 times unless told otherwise. */
const defaultRetries = 4

const configSchema = z.looseObject({
  id: z.string().min(1),
  triggers: z
    .array(z.looseObject({ event: z.string().optional(), expression: z.string().optional(), cron: z.string().optional() }))
    .default([]),
  steps: z.record(z.string(), z.looseObject({ retries: z.object({ attempts: z.number().int().min(0) }).optional() })),
  cancel: z
    .array(z.looseObject({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() }))
    .optional(),
})
const syncAnswerSchema = z.looseObject({ functions: z.array(z.looseObject({})) })

/** Function options that change when or how often a run happens: the engine would silently ignore them. */
const unsupportedOptions = [
  'concurrency',
  'throttle',
  'debounce',
  'rateLimit',
  'batchEvents',
  'idempotency',
  'priority',
  'timeouts',
  'singleton',
] as const

const checked = (functionId: string, feature: string, read: () => Comparison[]): Comparison[] => {
  try {
    return read()
  } catch (error) {
    throw new UnsupportedFeatureError(functionId, `${feature} (${error instanceof Error ? error.message : String(error)})`)
  }
}

export function toEngineFunction(raw: Record<string, unknown>): EngineFunction {
  const config = configSchema.parse(raw)
  const id = config.id
  for (const option of unsupportedOptions) {
    if (raw[option] !== undefined && raw[option] !== null) throw new UnsupportedFeatureError(id, `the ${option} option`)
  }
  const events: EngineFunction['events'] = []
  const crons: CronSchedule[] = []
  for (const trigger of config.triggers) {
    if (trigger.cron !== undefined) {
      if (trigger.jitter !== undefined) throw new UnsupportedFeatureError(id, 'cron jitter')
      const cron = trigger.cron
      try {
        crons.push(parseCron(cron))
      } catch (error) {
        throw new UnsupportedFeatureError(id, `the cron trigger ${JSON.stringify(cron)} (${String(error)})`)
      }
    } else if (trigger.event !== undefined) {
      const expression = trigger.expression
      if (trigger.event === String(internalEvents.FunctionInvoked)) throw new UnsupportedFeatureError(id, 'invoke triggers')
      events.push({
        event: trigger.event,
        condition: expression ? checked(id, 'a trigger `if`', () => parseExpression(expression)) : [],
      })
    }
  }
  const cancelOn = (config.cancel ?? []).map((cancel) => {
    if (cancel.timeout !== undefined) throw new UnsupportedFeatureError(id, 'a cancelOn timeout')
    const expression = cancel.if
    const condition = expression ? checked(id, 'a cancelOn `if`', () => parseExpression(expression)) : []
    for (const [left, right] of condition) {
      if (left.kind === 'path' && right.kind === 'path' && left.root === 'event' && right.root === 'event') {
        throw new UnsupportedFeatureError(id, 'a cancelOn `if` comparing the run event with itself')
      }
    }
    return { event: cancel.event, condition }
  })
  const retries = Object.values(config.steps)[0]?.retries?.attempts ?? defaultRetries
  return { id, events, crons, cancelOn, maxAttempts: retries + 1 }
}

export type ServeHandler = (request: Request) => Promise<Response>

/**
 * Asks the served handler for its functions the way Inngest does on an in-band sync (a signed PUT
 * that the SDK answers with every function's configuration), then checks each: an option or
 * trigger the engine cannot honour throws here, at start-up, naming the function and the feature.
 * Step kinds (waitForEvent, invoke, parallel steps) are only seen when a run reaches them: the
 * run then fails, with the same message.
 */
export async function syncFunctions(
  handler: ServeHandler,
  options: { url: string; signingKey: string },
): Promise<EngineFunction[]> {
  const body = { url: options.url }
  const response = await handler(
    new Request(options.url, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        // Adapters rebuild the URL from the host header (the edge one fails without it).
        host: new URL(options.url).host,
        [headerKeys.InngestSyncKind]: 'in_band',
        [headerKeys.Signature]: signatureHeader(body, options.signingKey),
      },
      body: JSON.stringify(body),
    }),
  )
  const text = await response.text()
  if (response.status !== 200) {
    throw new Error(`The workflow functions could not be read from the served handler (${response.status}): ${text}`)
  }
  const answer = syncAnswerSchema.parse(JSON.parse(text))
  return answer.functions.map((fn) => toEngineFunction(fn))
}
