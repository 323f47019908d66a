import type { Messages } from '@portail/i18n'

/**
 * A next-intl translator of one namespace, as a parameter type: a helper that receives `t` says
 * which namespace its literal keys belong to (the unused-message check reads this annotation).
 */
export type Translator<Namespace extends keyof Messages> = (
  key: keyof Messages[Namespace] & string,
  values?: Record<string, string | number>,
) => string
