/**
 * Decodes the organization permissions of a v2 session token into Clerk's `org:<feature>:<perm>`
 * strings. v2 tokens compress them: `o.per` lists permission names, `fea` lists features with a
 * scope prefix (`o:` organization, `u:` user, `ou`/`uo` both), and `o.fpm` holds one decimal per
 * organization feature whose bit j (least significant first) grants `per[j]` for that feature.
 * Example: per "read,manage", fea "o:bookings,o:billing", fpm "3,1" gives bookings read+manage and
 * billing read. Malformed parts grant nothing rather than failing the whole session.
 * System permissions (org:sys_*) never travel in the token: check roles for those.
 */
export function decodeOrgPermissions(claims: { per?: string; fpm?: string; fea?: string }): string[] {
  if (!claims.per || !claims.fpm) return []
  const permissions = claims.per.split(',').map((name) => name.trim())
  const masks = claims.fpm.split(',').map((mask) => mask.trim())
  const features = orgFeatures(claims.fea)
  const granted: string[] = []
  features.forEach((feature, index) => {
    const mask = masks[index]
    if (mask === undefined || !/^\d+$/.test(mask)) return
    const bits = BigInt(mask)
    permissions.forEach((permission, bit) => {
      if (permission !== '' && ((bits >> BigInt(bit)) & 1n) === 1n) granted.push(`org:${feature}:${permission}`)
    })
  })
  return granted
}

function orgFeatures(fea: string | undefined): string[] {
  if (!fea) return []
  const features: string[] = []
  for (const part of fea.split(',')) {
    const entry = part.trim()
    const colon = entry.indexOf(':')
    if (colon === -1) continue
    const scope = entry.slice(0, colon)
    if (scope === 'o' || scope === 'ou' || scope === 'uo') features.push(entry.slice(colon + 1))
  }
  return features
}
