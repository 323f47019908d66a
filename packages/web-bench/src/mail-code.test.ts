import { describe, expect, it } from 'vitest'
import { type MailFile, newestSignInCode } from './mail-code'

const since = new Date('2026-12-07T15:00:00.000Z')
const mail = (overrides: Partial<MailFile>): MailFile => ({
  to: 'marie.gagnon@example.com',
  kind: 'sign-in-code',
  subject: '482913 est votre code de connexion',
  deliveredAt: '2026-12-07T15:00:05.000Z',
  ...overrides,
})

describe('the sign-in code the bench reads from the mail folder', () => {
  it('takes the newest sign-in code sent to the address since the request', () => {
    const mails = [
      mail({ subject: '111111 est votre code', deliveredAt: '2026-12-07T15:00:02.000Z' }),
      mail({ subject: '222222 est votre code', deliveredAt: '2026-12-07T15:00:09.000Z' }),
    ]
    expect(newestSignInCode(mails, 'Marie.Gagnon@example.com', since)).toBe('222222')
  })

  it('never takes an earlier code, another kind of mail or another person’s code', () => {
    const mails = [
      mail({ subject: '333333 old', deliveredAt: '2026-12-07T14:59:59.000Z' }),
      mail({ kind: 'step-up-code', subject: '444444 step-up' }),
      mail({ to: 'david.thompson@example.com', subject: '555555 his' }),
    ]
    expect(newestSignInCode(mails, 'marie.gagnon@example.com', since)).toBeNull()
  })
})
