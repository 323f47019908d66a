import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { linkSince } from './support/mail-files'
import { sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

const business = 'tremblay-cpa'

test('a new client joins a business with its privacy notice, completes the profile, then reads the dashboard in French', async ({
  page,
  visit,
  expectAccessible,
}) => {
  const email = `nadia.roy.${Date.now()}@example.com`
  await visit(tenantUrl(business, '/en/portal'))
  await expect(page).toHaveURL(tenantUrl(business, '/en/sign-in?next=%2Fen%2Fportal'))
  await signInHere(page, email, 'en')

  // First visit: the privacy notice (its version) and the one way in.
  await expect(page).toHaveURL(tenantUrl(business, '/en/portal'))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome to')
  await expect(page.getByRole('heading', { name: 'Privacy notice' })).toBeVisible()
  await expect(page.getByTestId('privacy-notice-version')).toHaveText('Version of November 1, 2026')
  await expect(page.getByTestId('privacy-officer')).toHaveText('Jean Tremblay · privacy@tremblay-cpa.example')
  await expect(page.getByRole('navigation', { name: 'Sections of my space' })).toHaveCount(0)
  await expectAccessible()
  await page.getByRole('button', { name: 'Open my client space' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Tick the box to accept the privacy notice.')
  // A new account is named after its email until the person gives their name.
  await page.getByRole('main').getByLabel('Your name').fill('Nadia Roy')
  await page.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Open my client space' }).click()

  // The dashboard: the joining is the first line of the client's activity.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello /)
  await expect(page.getByTestId('activity')).toContainText('You joined the portal and accepted the privacy notice.')
  // Booking is open: the appointments card leads to the wizard.
  await expect(page.getByTestId('card-appointments').getByRole('link', { name: 'Book a service' })).toHaveAttribute(
    'href',
    '/en/portal/book',
  )
  await expectAccessible()

  // The profile: a phone number the server refuses shows on its field, in the reader's language.
  const nav = page.getByRole('navigation', { name: 'Sections of my space' })
  await nav.getByRole('link', { name: 'Profile' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My profile')
  await expect(nav.getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page')
  await expectAccessible()
  const main = page.getByRole('main')
  await main.getByLabel('Full name').fill('Nadia Roy')
  const phone = main.getByLabel('Phone')
  await phone.fill('123')
  await main.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(phone).toHaveAttribute('aria-invalid', 'true')
  await expect(phone).toBeFocused()
  await expect(main.getByText('Invalid phone number (e.g. 514 555-0100).')).toBeVisible()
  await expectAccessible()

  await phone.fill('514 555-0188')
  await main.getByLabel('Address', { exact: true }).fill('1200, rue Sherbrooke Ouest')
  await main.getByLabel('City').fill('Montréal')
  await main.getByRole('combobox', { name: 'Province or territory' }).click()
  await page.getByRole('option', { name: 'QC' }).click()
  await main.getByLabel('Postal code').fill('h3a1h6')
  await main.getByRole('switch', { name: 'Text message reminders' }).click()
  await main.getByRole('radio', { name: 'Français' }).click()
  await main.getByRole('button', { name: 'Save', exact: true }).click()

  // Choosing French saved the profile and switched the whole portal to French.
  await expect(page).toHaveURL(tenantUrl(business, '/fr/portal/profile?saved=1'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('status').filter({ hasText: 'Profil enregistré.' })).toBeVisible()
  // Stored as +15145550188, written back as people write it in French.
  await expect(main.getByLabel('Téléphone')).toHaveValue('514 555-0188')
  await expect(main.getByLabel('Code postal')).toHaveValue('H3A 1H6')
  await expect(main.getByRole('switch', { name: 'Rappels par texto' })).toBeChecked()
  await expectAccessible()

  await page
    .getByRole('navigation', { name: 'Sections de mon espace' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour Nadia Roy')
  await expect(page.getByRole('heading', { name: 'Prochains rendez-vous' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Factures à payer' })).toBeVisible()
  await expect(page.getByTestId('activity')).toContainText('Vous avez mis à jour votre profil.')
  await expect(page.getByTestId('activity')).toContainText('téléphone')
  await expectAccessible()

  // A section that is not built yet says what it will do, in French.
  await page
    .getByRole('link', { name: /Factures/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factures')
  await expect(page.getByText('Cette section n’est pas encore ouverte.', { exact: false })).toBeVisible()
  await expectAccessible()

  // On a 360 px phone the dashboard fits: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 })
  await visit(tenantUrl(business, '/fr/portal'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour Nadia Roy')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

// Tremblay CPA's owner, signed in by the setup project; the invitee signs in for real.
const owner = 'pierre@tremblay-cpa.example'

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('a person invited to a business’s team previews the invitation, signs in and accepts it', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    const invitee = `employe.${Date.now()}@example.com`

    // The owner invites through the app's own API, from a page of their portal (same origin), then
    // leaves: from the admin area, so that the sign-out's arrival on the home page is seen to happen.
    await visit(tenantUrl(business, '/fr/admin'))
    const invited = new Date()
    const status = await page.evaluate(async (email) => {
      const response = await fetch('/api/trpc/staff.invitations.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { email, role: 'staff' } }),
      })
      return response.status
    }, invitee)
    expect(status).toBe(200)
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await expect(page).toHaveURL(tenantUrl(business, '/fr'))
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible()
    const emailed = await linkSince(invitee, 'staff-invitation', invited)
    expect(emailed).toMatch(/^http:\/\/tremblay-cpa\.localhost:\d+\/invitations\/[\w-]+$/)

    // The invitee opens the emailed link: business, role and expiry first, then sign-in and back.
    await visit(emailed)
    await expect(page).toHaveURL(/\/fr\/invitations\//)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitation à rejoindre l’équipe')
    await expect(page.getByRole('main')).toContainText('Tremblay CPA')
    await expect(page.getByTestId('invitation-role')).toHaveText('Employé')
    await expect(page.getByTestId('invitation-expires')).toContainText(/\d{4}/)
    await page.getByRole('link', { name: 'Se connecter pour accepter' }).click()
    await signInHere(page, invitee)

    // Back on the invitation, signed in with the invited address: a newcomer gives their name,
    // accepts, then the admin area opens under that name (not the email's local part).
    await expect(page).toHaveURL(/\/fr\/invitations\//)
    await page.getByRole('main').getByLabel('Votre nom').fill('Émile Employé')
    await expectAccessible()
    await page.getByRole('button', { name: 'Accepter l’invitation' }).click()
    await expect(page).toHaveURL(tenantUrl(business, '/fr/admin'))
    await expect(page.getByText('Émile Employé · Employé')).toBeVisible()

    // The same link again, now used: it says so, and offers the admin area.
    await visit(emailed)
    await expect(page.getByText('Cette invitation a déjà été acceptée.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Aller à l’administration' })).toBeVisible()
  })
})
