/** The fields of the "start your business" form, as named in onboarding.createBusiness's input. */
export const businessFields = ['ownerName', 'name', 'trade', 'slug', 'timeZone', 'defaultLocale'] as const
export type BusinessField = (typeof businessFields)[number]

interface ErrorShape {
  message?: unknown
  data?: { field?: unknown; zodIssues?: unknown } | null
}

const isField = (value: unknown): value is BusinessField => businessFields.some((field) => field === value)

/**
 * A refusal from the API, placed on the fields it is about: each input issue on its field (first
 * issue wins), a domain error naming a field (a slug taken meanwhile) on that field, anything else
 * as the form's message. Messages arrive already worded in the reader's language.
 */
export function fieldErrorsOf(error: unknown): { fields: Partial<Record<BusinessField, string>>; form: string | null } {
  const fields: Partial<Record<BusinessField, string>> = {}
  if (typeof error !== 'object' || error === null) return { fields, form: null }
  const { message, data } = error as ErrorShape
  const text = typeof message === 'string' ? message : null
  const rawIssues: unknown = data?.zodIssues
  const issues: unknown[] = Array.isArray(rawIssues) ? (rawIssues as unknown[]) : []
  for (const raw of issues) {
    if (typeof raw !== 'object' || raw === null) continue
    const issue = raw as { path?: unknown; message?: unknown }
    const field: unknown = Array.isArray(issue.path) ? issue.path[0] : undefined
    if (isField(field) && !fields[field] && typeof issue.message === 'string') fields[field] = issue.message
  }
  if (issues.length === 0 && isField(data?.field) && text) fields[data.field] = text
  const placed = Object.keys(fields).length > 0
  return { fields, form: placed ? null : text }
}
