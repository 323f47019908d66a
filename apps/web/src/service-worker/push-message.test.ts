import { describe, expect, it } from 'vitest'
import { notificationFromPush } from './push-message'

describe('notificationFromPush', () => {
  it('shows what sendPushToRecipient sent', () => {
    const raw = JSON.stringify({ title: 'Rappel', body: 'Demain à 9 h', url: '/fr/portal/appointments/1', tag: 'b-1' })
    expect(notificationFromPush(raw)).toEqual({
      title: 'Rappel',
      body: 'Demain à 9 h',
      url: '/fr/portal/appointments/1',
      tag: 'b-1',
      icon: undefined,
    })
  })

  it('never leads a click off the portal', () => {
    for (const url of ['https://evil.example/x', '//evil.example/x', 'javascript:alert(1)']) {
      expect(notificationFromPush(JSON.stringify({ title: 'x', url })).url).toBe('/')
    }
  })

  it('still shows something for an empty or malformed message', () => {
    expect(notificationFromPush(null)).toMatchObject({ title: 'Portail', body: '', url: '/' })
    expect(notificationFromPush('plain words')).toMatchObject({ title: 'Portail', body: 'plain words' })
  })
})
