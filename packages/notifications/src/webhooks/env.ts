import { z } from 'zod'

type Source = Record<string, string | undefined>

const schema = z.object({
  RESEND_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, {
      error: "must be the webhook's signing secret from Resend's dashboard (whsec_…)",
    })
    .optional(),
})

/** Resend's webhook signing secret, or null: then the webhook route answers 404 (nothing to receive). */
export interface ResendWebhookEnv {
  signingSecret: string | null
}

export function readResendWebhookEnv(source: Source = process.env): ResendWebhookEnv {
  const empty = (value: string | undefined) => (value === '' ? undefined : value)
  const parsed = schema.safeParse({ RESEND_WEBHOOK_SECRET: empty(source.RESEND_WEBHOOK_SECRET) })
  if (!parsed.success) {
    throw new Error(`Invalid RESEND_WEBHOOK_SECRET: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  }
  return { signingSecret: parsed.data.RESEND_WEBHOOK_SECRET ?? null }
}
