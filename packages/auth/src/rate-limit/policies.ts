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
  /*
   * Signed-in mutations, per user (keyed by users.id, across every business): far above what a
   * person does by hand, far below a script. Creating a business is a once-in-a-while act;
   * a client books, moves or cancels a handful of appointments at a time (a family's, a series);
   * a receptionist booking for walk-ins and phone calls does a few a minute at the busiest;
   * invitations send mail, so they are bounded like mail; a logo is uploaded a few times in a row
   * while trying images.
   */
  businessesPerUser: { points: 5, durationSeconds: 60 * 60 },
  clientBookingChangesPerUser: { points: 20, durationSeconds: 60 * 60 },
  teamBookingChangesPerUser: { points: 300, durationSeconds: 60 * 60 },
  invitationsPerUser: { points: 30, durationSeconds: 60 * 60 },
  uploadsPerUser: { points: 20, durationSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitPolicy>

export interface RateLimitPolicy {
  points: number
  durationSeconds: number
}

export type RateLimitPolicyName = keyof typeof rateLimitPolicies

/** The limits counted per signed-in user rather than per address. */
export type UserRateLimitName = Extract<RateLimitPolicyName, `${string}PerUser`>
