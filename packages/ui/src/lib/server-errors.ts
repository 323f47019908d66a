import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'

/** One input issue as the API sends it (`data.zodIssues[]`), message already in the caller's language. */
export interface ServerInputIssue {
  path: readonly (string | number)[]
  message: string
}

/**
 * The part of a tRPC client error this kit reads. Structural on purpose: ui imports nothing of
 * ours, and a TRPCClientError of our router (data: ApiErrorData) fits it.
 */
export interface ServerErrorLike {
  message: string
  data?: { field?: string | null; zodIssues?: readonly ServerInputIssue[] | null } | null
}

export interface ServerErrorsOptions<T extends FieldValues> {
  /** The form's fields; an issue about any other path is reported as a form-level message. */
  fields: readonly Path<T>[]
  /**
   * Leading input key the form's fields sit under, e.g. 'data' for an `{ id, data }` update input:
   * the issue at `data.email` then belongs to the field `email`.
   */
  prefix?: string
}

export interface AppliedServerErrors {
  /** Fields that received a message (the first one also received focus). */
  fields: string[]
  /** What no field can show (or null): the app displays it, e.g. in a toast or an alert. */
  formMessage: string | null
}

const isServerError = (error: unknown): error is ServerErrorLike =>
  typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'

/**
 * Puts a server refusal on the form: each input issue (schema checks) on its field, a domain error
 * that names a field (e.g. "email already taken") on that field. The first field gets focus, so
 * the message next to it is read out. Anything else comes back as `formMessage`.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  { fields, prefix }: ServerErrorsOptions<T>,
): AppliedServerErrors {
  if (!isServerError(error)) return { fields: [], formMessage: null }
  const fieldOf = (path: string): Path<T> | undefined => {
    const local = prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path
    return fields.find((field) => field === local)
  }

  const messages = new Map<Path<T>, string>()
  const unplaced: string[] = []
  const issues = error.data?.zodIssues ?? []
  for (const issue of issues) {
    const field = fieldOf(issue.path.join('.'))
    if (!field) unplaced.push(issue.message)
    // The first issue of a field is the one its schema checks first (required before format).
    else if (!messages.has(field)) messages.set(field, issue.message)
  }
  if (issues.length === 0) {
    const field = error.data?.field ? fieldOf(error.data.field) : undefined
    if (field) messages.set(field, error.message)
    else unplaced.push(error.message)
  }

  let first = true
  for (const [field, message] of messages) {
    setError(field, { type: 'server', message }, { shouldFocus: first })
    first = false
  }
  return { fields: [...messages.keys()], formMessage: unplaced[0] ?? null }
}
