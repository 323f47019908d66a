import { headerKeys, queryKeys } from 'inngest'
import { z } from 'zod'
import { sleepUntil } from './duration'
import type { ServeHandler } from './function-registry'
import type { ClaimedRun, StepResult } from './run-store'
import { signatureHeader } from './sign-request'

/** What one call to the served handler asks the engine to do next. */
export type CallOutcome =
  | { kind: 'completed'; output: unknown }
  | { kind: 'step'; stepId: string; result: StepResult }
  | { kind: 'sleep'; stepId: string; until: Date }
  | { kind: 'retry'; error: string; retryAfter: Date | null }
  | { kind: 'failed'; error: string; serialized: unknown }

const opSchema = z.looseObject({
  op: z.string(),
  id: z.string(),
  name: z.string().optional(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
  opts: z.unknown().optional(),
})

/** The step kinds Inngest has and the engine does not run, by the op the SDK answers with. */
const unsupportedOps: Record<string, string> = {
  StepPlanned: 'parallel steps (several steps awaited at once)',
  WaitForEvent: 'step.waitForEvent',
  WaitForSignal: 'step.waitForSignal',
  InvokeFunction: 'step.invoke',
  AIGateway: 'step.ai.infer',
  Gateway: 'step.fetch',
  DeferAdd: 'defer',
  DeferAbort: 'defer',
}

const errorText = (error: unknown): string => {
  if (error !== null && typeof error === 'object') {
    const { name, message } = error as { name?: unknown; message?: unknown }
    if (typeof message === 'string') return `${typeof name === 'string' ? `${name}: ` : ''}${message}`.slice(0, 2000)
  }
  return (typeof error === 'string' ? error : JSON.stringify(error) ?? 'unknown error').slice(0, 2000)
}

const retryAfter = (header: string | null, now: Date): Date | null => {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return new Date(now.getTime() + seconds * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? null : new Date(at)
}

export interface CallOptions {
  handler: ServeHandler
  url: string
  signingKey: string
  maxAttempts: number
  now: Date
}

/**
 * One call of Inngest's executor protocol (v2): POST `?fnId=<id>&stepId=step` with the run's
 * event, its memoised steps and the attempt, signed. The SDK replays the handler over the
 * memoised steps and answers with the next thing to do: 206 and one op (a step it ran, a step
 * that failed, a sleep), 200 and the function's result, or an error status (500 retriable, 400
 * not). No `fn_id` is sent, so the SDK never tries to checkpoint to an Inngest server.
 */
export async function callFunction(run: ClaimedRun, options: CallOptions): Promise<CallOutcome> {
  const body = {
    version: 2,
    event: run.event,
    events: [run.event],
    steps: run.steps,
    ctx: {
      run_id: run.id,
      attempt: run.attempt,
      max_attempts: options.maxAttempts,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: run.stack, current: run.stack.length },
    },
  }
  const url = new URL(options.url)
  url.searchParams.set(queryKeys.FnId, run.functionId)
  url.searchParams.set(queryKeys.StepId, 'step')
  const response = await options.handler(
    new Request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        host: url.host,
        [headerKeys.Signature]: signatureHeader(body, options.signingKey),
      },
      body: JSON.stringify(body),
    }),
  )
  const text = await response.text()
  const parsed: unknown = text === '' ? null : JSON.parse(text)
  const noRetry = response.headers.get(headerKeys.NoRetry) === 'true'
  if (response.status === 200) return { kind: 'completed', output: parsed }
  if (response.status === 206) {
    const ops = z.array(opSchema).safeParse(Array.isArray(parsed) ? parsed : [parsed])
    if (!ops.success) return { kind: 'failed', error: `unreadable answer: ${text.slice(0, 500)}`, serialized: null }
    const [op, ...more] = ops.data
    if (!op || more.length > 0) {
      return { kind: 'failed', error: `${run.functionId}: parallel steps are not supported by the embedded engine`, serialized: null }
    }
    switch (op.op) {
      case 'StepRun':
      case 'Step':
        return { kind: 'step', stepId: op.id, result: { type: 'data', data: op.data ?? null } }
      case 'StepFailed':
        return { kind: 'step', stepId: op.id, result: { type: 'error', error: op.error ?? null } }
      case 'StepError':
        if (noRetry) return { kind: 'step', stepId: op.id, result: { type: 'error', error: op.error ?? null } }
        return { kind: 'retry', error: errorText(op.error), retryAfter: retryAfter(response.headers.get(headerKeys.RetryAfter), options.now) }
      case 'Sleep': {
        const until = sleepUntil(op.name ?? '', options.now)
        if (!until) return { kind: 'failed', error: `unreadable sleep ${JSON.stringify(op.name)}`, serialized: null }
        return { kind: 'sleep', stepId: op.id, until }
      }
      case 'RunComplete':
        return { kind: 'completed', output: op.data ?? null }
      default: {
        const feature = unsupportedOps[op.op] ?? `the ${op.op} step kind`
        const error = `Workflow function "${run.functionId}" uses ${feature}, which the embedded engine does not support`
        return { kind: 'failed', error, serialized: { name: 'UnsupportedFeatureError', message: error } }
      }
    }
  }
  if (response.status === 500 && !noRetry) {
    return { kind: 'retry', error: errorText(parsed), retryAfter: retryAfter(response.headers.get(headerKeys.RetryAfter), options.now) }
  }
  if (response.status === 400 || response.status === 500) {
    return { kind: 'failed', error: errorText(parsed), serialized: parsed }
  }
  // 401 (a signing key the handler does not share), 404...: a configuration problem, retried.
  return { kind: 'retry', error: `the served handler answered ${response.status}: ${text.slice(0, 300)}`, retryAfter: null }
}
