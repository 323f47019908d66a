import { createHash, randomBytes } from 'node:crypto'

/**
 * A transfer token is redeemed by a browser navigation right after it was made: a minute is
 * plenty, and short enough that a token seen in a log or a history is useless.
 */
export const transferLifetimeSeconds = 60

/** 32 random bytes, base64url: 256 bits, nothing to guess. */
export const newTransferToken = () => randomBytes(32).toString('base64url')

/** The shape of a token we made; anything else is refused before the database is asked. */
export const isTransferTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token)

/**
 * What the database keeps: SHA-256, like invitation tokens. No secret is needed for a 256-bit
 * random value, and a copy of the table then signs nobody in.
 */
export const hashTransferToken = (token: string) => createHash('sha256').update(token).digest('hex')
