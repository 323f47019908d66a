import { describe, expect, it } from 'vitest'
import { createHeaderTestIdentity } from './header-test-identity'

const resolve = createHeaderTestIdentity()
const userId = '0190f5e4-8a3b-7c1d-9e2f-123456789abc'

describe('header test identity', () => {
  it('signs nobody in without a well-formed user id', async () => {
    expect(await resolve(new Headers())).toBeNull()
    expect(await resolve(new Headers({ 'x-portail-test-user': 'admin' }))).toBeNull()
  })

  it('reads the user, email and operator flag from the headers', async () => {
    const identity = await resolve(
      new Headers({
        'x-portail-test-user': userId,
        'x-portail-test-email': 'op@portail.test',
        'x-portail-test-operator': '1',
      }),
    )
    expect(identity).toMatchObject({ userId, email: 'op@portail.test', platformRole: 'operator' })
    expect(
      (await resolve(new Headers({ 'x-portail-test-user': userId, 'x-portail-test-operator': 'yes' })))?.platformRole,
    ).toBeNull()
  })

  it('reports the second factor age the headers claim, and never when they claim nothing usable', async () => {
    const headers = (age?: string) =>
      new Headers({
        'x-portail-test-user': userId,
        ...(age === undefined ? {} : { 'x-portail-test-second-factor-age': age }),
      })
    expect((await resolve(headers('3')))?.secondFactorAgeMinutes).toBe(3)
    expect((await resolve(headers()))?.secondFactorAgeMinutes).toBeNull()
    expect((await resolve(headers('-1')))?.secondFactorAgeMinutes).toBeNull()
    expect((await resolve(headers('soon')))?.secondFactorAgeMinutes).toBeNull()
  })

  it('reports the email as proven unless told otherwise', async () => {
    expect((await resolve(new Headers({ 'x-portail-test-user': userId })))?.emailVerified).toBe(true)
    const unproven = new Headers({ 'x-portail-test-user': userId, 'x-portail-test-email-unverified': '1' })
    expect((await resolve(unproven))?.emailVerified).toBe(false)
  })
})
