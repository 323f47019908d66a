/**
 * staff.catalog.*: the booking setup an owner or admin edits, and what a visitor then sees of it.
 */
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'
import { errorOf } from './support/error-of'
import { auditOf } from './support/inspect'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const alpha = () => hostOf(db.data.a.slug)
const asOwner = () => callerFor(db.app, { host: alpha(), userId: db.data.a.ownerUserId, acceptLanguage: 'fr-CA' })
/** A Toronto date four days ahead and its ISO weekday. */
const target = () => {
  const instant = Date.now() + 4 * 24 * 60 * 60 * 1000
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(instant)
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1
  return { date, weekday }
}

describe('staff.catalog', () => {
  it('lets the owner set up a service, who performs it and when; a visitor then sees exactly those slots', async () => {
    const owner = await asOwner()
    const { date, weekday } = target()
    const service = await owner.staff.catalog.saveService({
      nameFr: 'Analyse de l’eau',
      nameEn: 'Water test',
      durationMinutes: 30,
      priceCents: 4500,
      paymentRule: 'deposit',
      depositCents: 1000,
    })
    await owner.staff.catalog.saveOption({
      serviceId: service.id,
      nameFr: 'Rapport écrit',
      nameEn: 'Written report',
      extraMinutes: 0,
      extraPriceCents: 1500,
    })
    await owner.staff.catalog.setServiceStaff({ serviceId: service.id, staffIds: [db.data.a.ownerMembershipId] })
    await owner.staff.catalog.setHours({
      staffId: db.data.a.ownerMembershipId,
      hours: [{ weekday, startTime: '09:00', endTime: '10:00' }],
    })

    const visitor = await callerFor(db.app, { host: alpha() })
    const slots = await visitor.booking.slots({ serviceId: service.id, date })
    expect(slots.map((slot) => slot.localTime)).toEqual(['09:00', '09:30'])
    expect(slots.every((slot) => slot.staffIds.join() === db.data.a.ownerMembershipId)).toBe(true)

    await owner.staff.catalog.updateSettings({ slotIntervalMinutes: 15 })
    expect((await visitor.booking.slots({ serviceId: service.id, date })).map((slot) => slot.localTime)).toEqual([
      '09:00',
      '09:15',
      '09:30',
    ])

    const catalog = await owner.staff.catalog.get()
    const saved = catalog.services.find((entry) => entry.service.id === service.id)
    expect(saved?.options.map((option) => option.nameEn)).toEqual(['Written report'])
    expect(saved?.staffIds).toEqual([db.data.a.ownerMembershipId])
    expect(catalog.settings.slotIntervalMinutes).toBe(15)
    const actions = (await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'service.created',
        'service_option.created',
        'service.staff_set',
        'working_hours.set',
        'booking_settings.updated',
      ]),
    )
  })

  it('hides a deactivated service from visitors, and keeps it in the staff catalog', async () => {
    const owner = await asOwner()
    const service = await owner.staff.catalog.saveService({
      nameFr: 'Hivernage',
      nameEn: 'Winterizing',
      durationMinutes: 90,
      priceCents: 20000,
    })
    await owner.staff.catalog.saveService({
      id: service.id,
      nameFr: 'Hivernage',
      nameEn: 'Winterizing',
      durationMinutes: 90,
      priceCents: 20000,
      active: false,
    })
    const visitor = await callerFor(db.app, { host: alpha(), acceptLanguage: 'en-CA' })
    const error = await errorOf(visitor.booking.slots({ serviceId: service.id, date: target().date }))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('This service does not exist or is no longer offered.')
    expect((await owner.staff.catalog.get()).services.some((entry) => entry.service.id === service.id)).toBe(true)
  })

  it('refuses staff, a wrong deposit and another business’s member, in the caller’s language, writing nothing', async () => {
    const before = await (await asOwner()).staff.catalog.get()
    const staff = await callerFor(db.app, { host: alpha(), userId: db.data.a.staffUserId, acceptLanguage: 'fr-CA' })
    const refused = await errorOf(
      staff.staff.catalog.saveService({ nameFr: 'X', nameEn: 'X', durationMinutes: 30, priceCents: 0 }),
    )
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.message).toBe('Votre rôle ne permet pas cette action.')
    const owner = await asOwner()
    const deposit = await errorOf(
      owner.staff.catalog.saveService({
        nameFr: 'X',
        nameEn: 'X',
        durationMinutes: 30,
        priceCents: 1000,
        paymentRule: 'deposit',
        depositCents: 5000,
      }),
    )
    expect(deposit.code).toBe('BAD_REQUEST')
    const foreign = await errorOf(owner.staff.catalog.setHours({ staffId: db.data.b.staffMembershipId, hours: [] }))
    expect(foreign.code).toBe('NOT_FOUND')
    expect(foreign.message).toBe('Ce membre de l’équipe est introuvable.')
    expect(await (await asOwner()).staff.catalog.get()).toEqual(before)
  })

  it('keeps on the team a staff member who has appointments: CONFLICT, in the caller’s language, nothing removed', async () => {
    const client = await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId })
    const [slot] = await client.booking.slots({ serviceId: db.data.a.serviceId, date: target().date })
    if (!slot) throw new Error('no slot offered')
    await client.booking.create({
      serviceId: db.data.a.serviceId,
      start: slot.start,
      idempotencyKey: 'team-removal-0001',
    })
    const owner = await callerFor(db.app, {
      host: alpha(),
      userId: db.data.a.ownerUserId,
      secondFactorAgeMinutes: 0,
      acceptLanguage: 'en-CA',
    })
    const error = await errorOf(owner.staff.team.remove({ userId: db.data.a.staffUserId }))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe(
      'This member has appointments: reassign or cancel them before removing them from the team.',
    )
    expect((await owner.staff.team.list()).some((member) => member.userId === db.data.a.staffUserId)).toBe(true)
  })

  it('closes a day for the whole business and opens it again; visitors never read the reason', async () => {
    const owner = await asOwner()
    const visitor = await callerFor(db.app, { host: alpha() })
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(
      Date.now() + 6 * 24 * 60 * 60 * 1000,
    )
    const open = await visitor.booking.slots({ serviceId: db.data.a.serviceId, date })
    expect(open.length).toBeGreaterThan(0)
    const closure = await owner.staff.catalog.addOverride({ date, kind: 'closed', reason: 'Funérailles' })
    expect(await visitor.booking.slots({ serviceId: db.data.a.serviceId, date })).toEqual([])
    expect(JSON.stringify(await visitor.booking.slots({ serviceId: db.data.a.serviceId, date }))).not.toContain(
      'Funérailles',
    )
    const extra = await owner.staff.catalog.addOverride({
      staffId: db.data.a.staffMembershipId,
      date: '2031-03-03',
      kind: 'extra',
      startTime: '20:00',
      endTime: '22:00',
    })
    expect((await owner.staff.catalog.get()).overrides.map((row) => row.id)).toEqual(
      expect.arrayContaining([closure.id, extra.id]),
    )
    await owner.staff.catalog.removeOverride({ id: closure.id })
    expect(await visitor.booking.slots({ serviceId: db.data.a.serviceId, date })).toEqual(open)
    expect((await errorOf(owner.staff.catalog.removeOverride({ id: closure.id }))).code).toBe('NOT_FOUND')
  })
})
