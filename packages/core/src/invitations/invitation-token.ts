import { createHash, randomBytes } from 'node:crypto'

/** How long an invitation link works. */
export const invitationValidityMs = 7 * 24 * 60 * 60 * 1000

/** A fresh link token (32 random bytes, base64url: 43 characters) and the hash we store. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashInvitationToken(token) }
}

/**
 * SHA-256, hex. The token already carries 256 bits of randomness, so a plain hash is enough:
 * nothing can be guessed offline, and a leaked row cannot be turned back into a link.
 */
export const hashInvitationToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex')
