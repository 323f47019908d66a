import { createHash } from 'node:crypto'

// Same shape as the tenants_slug_format check: a DNS label of 3 to 63 characters.
const slugPattern = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/

const normalise = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '')

/**
 * Slugs to try, in order, for the tenant of a Clerk organization: its Clerk slug (or name) when it
 * is a usable subdomain, the same with a suffix drawn from the organization id, then a name that
 * is the organization id's alone. `isReserved` refuses platform words (validators' list).
 */
export function tenantSlugCandidates(
  organization: { orgId: string; slug: string | null; name: string },
  isReserved: (slug: string) => boolean,
): string[] {
  const digest = createHash('sha256').update(organization.orgId).digest('hex')
  const base = normalise(organization.slug ?? '') || normalise(organization.name)
  const candidates: string[] = []
  if (slugPattern.test(base) && !isReserved(base)) candidates.push(base)
  if (base !== '') candidates.push(`${base}-${digest.slice(0, 6)}`)
  candidates.push(`org-${digest.slice(0, 12)}`)
  return candidates.filter((slug) => slugPattern.test(slug) && !slug.includes('--') && !isReserved(slug))
}
