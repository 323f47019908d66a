import { expect as baseExpect, type Page } from '@playwright/test'
import { dayAhead, pickFreeDay } from './support/booking-wizard'
import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { type MailFile, mailSince, readMailFolder } from './support/mail-files'
import { sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

const pools = 'piscines-laurentides'
const owner = 'sophie@piscines-laurentides.example'

/** The unread count the bell is named with ("Notifications, 2 non lues"; none: 0). */
async function bellCount(page: Page): Promise<number> {
  const name = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? ''
  return Number(/(\d+)/.exec(name)?.[1] ?? 0)
}

/** Every mail the run's server sent to `to` since `since` (the mail folder, as the relay wrote it). */
async function mailsTo(to: string, since: Date): Promise<MailFile[]> {
  return (await readMailFolder()).filter(
    (mail) => mail.to === to.toLowerCase() && Date.parse(mail.deliveredAt) >= since.getTime(),
  )
}

/**
 * The booking workflows seen from the browser, on the embedded engine of a production build: the
 * confirmation mail in French (rendered HTML, the .ics attached), the client's and the owner's
 * bells updated live, and a cancellation that stops the reminders before any is sent. The engine's
 * clock is not exposed to the browser, so the reminders' absence is read where a person would
 * look: the booking's delivery log (no reminder there) and the mail folder (none sent).
 */
test('a client books in French: the confirmation mail and both bells arrive live; cancelled, the booking gets no reminder', async ({
  page,
  browser,
  visit,
}) => {
  test.setTimeout(240_000)
  const started = new Date()
  const email = `lea.fortin.${Date.now()}@example.com`
  const main = page.getByRole('main')

  // The owner, in a browser of her own, watches the team area; the booking will be with her.
  const ownerContext = await browser.newContext({
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    storageState: sessionOf(owner),
  })
  const desk = await ownerContext.newPage()
  await desk.goto(tenantUrl(pools, '/fr/admin'))
  const ownerBell = desk.getByTestId('notification-bell')
  await baseExpect(ownerBell).toHaveAttribute('aria-label', /^Notifications, /)
  const ownerBefore = await bellCount(desk)
  const ownerLoadedAt = await desk.evaluate(() => performance.timeOrigin)

  // A new client signs in and opens her client space in French.
  await page.goto(tenantUrl(pools, '/fr/sign-in'))
  await signInHere(page, email)
  await visit(tenantUrl(pools, '/fr/portal'))
  await main.getByLabel('Votre nom').fill('Léa Fortin')
  await page.getByRole('checkbox').check()
  await main.getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Bonjour /)

  // The wizard, inside the portal (its header carries the bell).
  await page.goto(tenantUrl(pools, '/fr/portal/book'))
  const bell = page.getByTestId('notification-bell')
  await expect(bell).toHaveAttribute('aria-label', /^Notifications, /)
  const clientBefore = await bellCount(page)
  await main.getByRole('radio', { name: 'Entretien hebdomadaire' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  const staffHeading = page.getByRole('heading', { level: 2, name: 'Avec qui ?' })
  const optionsHeading = page.getByRole('heading', { level: 2, name: 'Voulez-vous ajouter une option ?' })
  await expect(staffHeading.or(optionsHeading)).toBeVisible()
  if (await optionsHeading.isVisible()) await main.getByRole('button', { name: 'Continuer' }).click()
  await expect(staffHeading).toBeVisible()
  await main.getByRole('radio', { name: 'Sophie' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  // Three days ahead at least: both reminders (24 h and 1 h before) are planned, and sleep.
  await pickFreeDay(page, dayAhead(3))
  await page.getByTestId('slots').getByRole('button').first().click()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Où a lieu le service ?')
  await main.getByRole('button', { name: 'Continuer' }).click()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vérifiez votre réservation')
  const loadedAt = await page.evaluate(() => performance.timeOrigin)
  await main.getByRole('button', { name: 'Confirmer la réservation' }).click()
  await expect(main.getByRole('status')).toContainText('C’est réservé !')

  // (a) The client's bell counts the confirmation on the same page, never reloaded.
  await expect.poll(() => bellCount(page), { timeout: 45_000 }).toBeGreaterThan(clientBefore)
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt)

  // (b) The owner's bell counts the new-booking notice in her own browser, never reloaded.
  await baseExpect.poll(() => bellCount(desk), { timeout: 45_000 }).toBeGreaterThan(ownerBefore)
  expect(await desk.evaluate(() => performance.timeOrigin)).toBe(ownerLoadedAt)
  await ownerBell.click()
  await baseExpect(desk.getByTestId('notification-list')).toContainText(
    'Nouveau rendez-vous : Léa Fortin, « Entretien hebdomadaire »',
  )

  // (a) The confirmation mail: French subject, rendered HTML, the .ics attached.
  const confirmation = await mailSince(email, 'booking-confirmed', started)
  expect(confirmation.subject).toMatch(/^Rendez-vous confirmé : Entretien hebdomadaire, /)
  expect(confirmation.html).toContain('Votre rendez-vous est confirmé')
  const ics = confirmation.attachments.find((file) => file.filename.endsWith('.ics'))
  expect(ics?.contentType).toMatch(/^text\/calendar/)
  const calendar = Buffer.from(ics?.contentBase64 ?? '', 'base64').toString('utf8')
  expect(calendar).toContain('BEGIN:VEVENT')
  expect(calendar).toContain('Entretien hebdomadaire')
  // The HTML part as a mail reader shows it: the heading, the business's name, the booking.
  const reader = await ownerContext.newPage()
  await reader.setContent(confirmation.html ?? '')
  await baseExpect(reader.getByText('Votre rendez-vous est confirmé')).toBeVisible()
  await baseExpect(reader.getByText('Piscines Laurentides').filter({ visible: true }).first()).toBeVisible()
  await baseExpect(reader.getByText('Entretien hebdomadaire').filter({ visible: true }).first()).toBeVisible()
  await reader.close()

  // (c) The client cancels from her appointment page.
  await page.goto(tenantUrl(pools, '/fr/portal/appointments'))
  await page
    .getByTestId('upcoming')
    .getByRole('link', { name: /Entretien hebdomadaire/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entretien hebdomadaire')
  const bookingId = new URL(page.url()).pathname.split('/').at(-1) ?? ''
  await main.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Oui, annuler' }).click()
  await expect(page.getByTestId('appointment-status')).toHaveText('Annulé')
  const cancelled = await mailSince(email, 'booking-cancelled', started)
  expect(cancelled.subject).toMatch(/annulé/i)

  // The booking's delivery log, as the owner sees it: the confirmation, the notice and the
  // cancellation, and no reminder at all (the run that slept until them was stopped).
  await desk.goto(tenantUrl(pools, `/fr/admin/bookings?booking=${bookingId}`))
  const log = desk.getByTestId('delivery-log')
  await baseExpect(log).toContainText('Confirmation du rendez-vous')
  await baseExpect(log.getByRole('listitem').filter({ hasText: 'Annulation' }).first()).toBeVisible()
  await baseExpect(log.getByRole('listitem').filter({ hasText: 'Rappel de rendez-vous' })).toHaveCount(0)
  // Nothing but the code, the confirmation and the cancellation ever reached her mailbox.
  expect((await mailsTo(email, started)).map((mail) => mail.kind).sort()).toEqual([
    'booking-cancelled',
    'booking-confirmed',
    'sign-in-code',
  ])
  await ownerContext.close()
})
