/** A sign-in code is good for 10 minutes (ASVS 6.5: one-time codes live 10 minutes at most). */
export const codeLifetimeMinutes = 10
/** The fifth wrong code locks the code for good: the person asks for a new one. */
export const maxCodeAttempts = 5
/**
 * Absolute session lifetime, with no sliding renewal: the dev adapter stands in for the real
 * provider, whose own inactivity and absolute timeouts apply in production.
 */
export const sessionLifetimeSeconds = 7 * 24 * 60 * 60

export type Clock = () => Date
export const systemClock: Clock = () => new Date()
