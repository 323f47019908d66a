import { z } from 'zod'

/** The client list's filters as they sit in the URL (a plain GET form writes them). */
export interface ClientListQuery {
  search: string
  status: 'active' | 'archived'
  language: 'fr' | 'en' | null
  cursor: string | null
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const querySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(['active', 'archived']).catch('active'),
  lang: z.enum(['fr', 'en']).nullable().catch(null),
  cursor: z.string().max(512).nullable().catch(null),
})

/** Whatever the URL says, a usable query: unknown values fall back to the defaults. */
export function readClientListQuery(params: Record<string, string | string[] | undefined>): ClientListQuery {
  const parsed = querySchema.parse({
    q: first(params.q) ?? '',
    status: first(params.status) ?? 'active',
    lang: first(params.lang) ?? null,
    cursor: first(params.cursor) ?? null,
  })
  return { search: parsed.q, status: parsed.status, language: parsed.lang, cursor: parsed.cursor }
}

/** The URL of a list page: only what differs from the defaults. */
export function clientListHref(base: string, query: ClientListQuery): string {
  const params = new URLSearchParams()
  if (query.search) params.set('q', query.search)
  if (query.status !== 'active') params.set('status', query.status)
  if (query.language) params.set('lang', query.language)
  if (query.cursor) params.set('cursor', query.cursor)
  const text = params.toString()
  return text ? `${base}?${text}` : base
}
