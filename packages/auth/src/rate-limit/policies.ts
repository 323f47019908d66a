/**
 * The limits, per window. Sized for people, not scripts: a person asks for a handful of codes a
 * quarter hour, and one office behind one address (a family, a small business) asks for a few
 * times that. Verifying is bounded per IP on top of the 5 wrong tries that lock each code, so
 * guessing cannot be spread over many fresh codes. Public tRPC reads allow two a second on
 * average per address, well above a visitor clicking around a portal.
 */
export const rateLimitPolicies = {
  signInCodePerEmail: { points: 5, durationSeconds: 15 * 60 },
  signInCodePerIp: { points: 20, durationSeconds: 15 * 60 },
  verifyCodePerIp: { points: 10, durationSeconds: 15 * 60 },
  publicTrpcPerIp: { points: 120, durationSeconds: 60 },
} as const satisfies Record<string, RateLimitPolicy>

export interface RateLimitPolicy {
  points: number
  durationSeconds: number
}

export type RateLimitPolicyName = keyof typeof rateLimitPolicies
