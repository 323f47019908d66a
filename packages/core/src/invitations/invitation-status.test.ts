import { describe, expect, it } from 'vitest'
import { invitationStatus } from './invitation-status'
import { hashInvitationToken, newInvitationToken } from './invitation-token'

const now = new Date('2026-12-01T12:00:00Z')
const pending = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-12-08T12:00:00Z') }

describe('invitation status', () => {
  it('is pending until the expiry instant, expired from then on', () => {
    expect(invitationStatus(pending, now)).toBe('pending')
    expect(invitationStatus(pending, new Date('2026-12-08T12:00:00Z'))).toBe('expired')
  })

  it('stays accepted or revoked whatever the clock says', () => {
    const later = new Date('2027-01-01T00:00:00Z')
    expect(invitationStatus({ ...pending, acceptedAt: now }, later)).toBe('accepted')
    expect(invitationStatus({ ...pending, revokedAt: now }, later)).toBe('revoked')
  })
})

describe('invitation tokens', () => {
  it('are 43 url-safe characters, different each time, stored only as their SHA-256', () => {
    const first = newInvitationToken()
    const second = newInvitationToken()
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(first.token).not.toBe(second.token)
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(first.tokenHash).toBe(hashInvitationToken(first.token))
    expect(first.tokenHash).not.toContain(first.token)
  })
})
