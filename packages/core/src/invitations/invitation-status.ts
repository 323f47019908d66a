export type InvitationStatus = 'pending' | 'expired' | 'accepted' | 'revoked'

/** Where an invitation stands at `now`; accepted and revoked are final, expiry only ends a pending one. */
export function invitationStatus(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (row.acceptedAt) return 'accepted'
  if (row.revokedAt) return 'revoked'
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending'
}
