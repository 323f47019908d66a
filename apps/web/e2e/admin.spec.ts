import { fileURLToPath } from 'node:url'
import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { codeSince } from './support/mail-files'
import { sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

const pools = 'piscines-laurentides'
const owner = 'sophie@piscines-laurentides.example'
const englishStaff = 'jordan@piscines-laurentides.example'
// A client of the pool business only (not of the clinic).
const poolClient = 'david.thompson@example.com'

// Signs in for real: the way back to the page asked for is what it tests.
test('a visitor opening /admin is sent to sign in, then back to the page asked for', async ({ page }) => {
  await page.goto(tenantUrl(pools, '/fr/admin/team'))
  await expect(page).toHaveURL(tenantUrl(pools, '/fr/sign-in?next=%2Ffr%2Fadmin%2Fteam'))
  await signInHere(page, owner)
  await expect(page).toHaveURL(tenantUrl(pools, '/fr/admin/team'))
  await expect(page.getByRole('heading', { level: 1, name: 'Équipe' })).toBeVisible()
})

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('the owner creates a client, edits it and finds the change in the list', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    await visit(tenantUrl(pools, '/fr/admin'))
    const nav = page.getByRole('navigation', { name: 'Sections de l’administration' })
    await expect(nav.getByRole('link', { name: 'Vue d’ensemble' })).toHaveAttribute('aria-current', 'page')
    await nav.getByRole('link', { name: 'Clients' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Clients' })).toHaveAttribute('aria-current', 'page')
    await expectAccessible()

    // A section that is not built yet says what it will do.
    await visit(tenantUrl(pools, '/fr/admin/payments'))
    await expect(page.getByText('Cette section n’est pas encore ouverte.', { exact: false })).toBeVisible()

    await visit(tenantUrl(pools, '/fr/admin/clients/new'))
    const main = page.getByRole('main')
    await main.getByLabel('Nom complet').fill('Aline Roy')
    await main.getByLabel('Adresse courriel').fill('aline.roy@example.com')
    await main.getByLabel('Téléphone').fill('123')
    await main.getByRole('button', { name: 'Créer le client' }).click()
    // The server refuses the phone number; its message sits on the field, in French.
    const phone = main.getByLabel('Téléphone')
    await expect(phone).toHaveAttribute('aria-invalid', 'true')
    await expect(main.getByText('Numéro de téléphone invalide (ex. : 514 555-0100).')).toBeVisible()
    await expectAccessible()

    await phone.fill('450 555-0199')
    await main.getByRole('button', { name: 'Créer le client' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Aline Roy' })).toBeVisible()
    // Stored as +14505550199, shown as people write it in French.
    await expect(main.getByText('450 555-0199')).toBeVisible()
    await expect(main.getByText('+14505550199')).toHaveCount(0)
    await expectAccessible()

    await main.getByRole('link', { name: 'Modifier' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Modifier Aline Roy' })).toBeVisible()
    await main.getByLabel('Nom complet').fill('Aline Roy-Tremblay')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Aline Roy-Tremblay' })).toBeVisible()
    // The record's history (owners read the audit log): created, then changed, by the team.
    await expect(main.getByText('Dossier modifié')).toBeVisible()
    await expect(main.getByText('Dossier créé')).toBeVisible()
    await expect(main.getByText('Aucun consentement enregistré', { exact: false })).toBeVisible()
    await expectAccessible()

    await visit(tenantUrl(pools, '/fr/admin/clients?q=Roy-Tremblay'))
    await expect(page.getByRole('row', { name: /Aline Roy-Tremblay/ })).toBeVisible()
    await expect(page.getByRole('row')).toHaveCount(2)
    // The language filter: she reads French, so the English readers do not include her.
    await visit(tenantUrl(pools, '/fr/admin/clients?lang=en'))
    await expect(page.getByRole('link', { name: 'David Thompson' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Aline Roy-Tremblay' })).toHaveCount(0)

    // Deleting is sensitive: the API asks for a fresh second factor, the page asks for the code.
    await visit(tenantUrl(pools, '/fr/admin/clients?q=Roy-Tremblay'))
    await page.getByRole('link', { name: 'Aline Roy-Tremblay' }).click()
    await main.getByRole('button', { name: 'Archiver' }).click()
    await expect(main.getByText('Archivé', { exact: true })).toBeVisible()
    await main.getByRole('button', { name: 'Réactiver' }).click()
    await expect(main.getByRole('button', { name: 'Archiver' })).toBeVisible()
    await main.getByRole('button', { name: 'Supprimer', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer définitivement' }).click()
    const stepUp = page.getByRole('dialog', { name: 'Confirmez que c’est bien vous' })
    const stepUpAsked = new Date()
    await stepUp.getByRole('button', { name: 'Envoyer le code' }).click()
    await expect(stepUp.getByLabel('Code à six chiffres')).toBeFocused()
    await expectAccessible()
    await stepUp.getByLabel('Code à six chiffres').fill(await codeSince(owner, 'step-up-code', stepUpAsked))
    await stepUp.getByRole('button', { name: 'Confirmer et continuer' }).click()
    await expect(page).toHaveURL(tenantUrl(pools, '/fr/admin/clients'))
    await expect(page.getByText('Client supprimé.')).toBeVisible()
    await visit(tenantUrl(pools, '/fr/admin/clients?q=Roy-Tremblay'))
    await expect(page.getByText('Aucun client ne correspond')).toBeVisible()
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('the owner reads a client’s record: address on file, appointments, and a portal account its cards agree on', async ({
    page,
    visit,
  }) => {
    await visit(tenantUrl(pools, '/fr/admin/clients?q=Thompson'))
    await page.getByRole('link', { name: 'David Thompson' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'David Thompson' })).toBeVisible()
    const main = page.getByRole('main')
    await expect(main.getByTestId('client-address')).toContainText('45 Bennett Road')
    await expect(main.getByTestId('client-address')).toContainText('Morin-Heights')
    // Linked to an account in the demo data without a consent record: both cards say he joined.
    await expect(main.getByTestId('client-portal-state')).toHaveText('Ce client a un compte sur le portail.')
    await expect(main.getByTestId('client-consent')).toContainText('a un compte sur le portail')
    await expect(main.getByText('n’a pas encore rejoint', { exact: false })).toHaveCount(0)
    await expect(main.getByRole('heading', { level: 2, name: 'Rendez-vous' })).toBeVisible()
    await expect(main.getByRole('heading', { level: 3, name: 'À venir' })).toBeVisible()
    await expect(main.getByRole('heading', { level: 3, name: 'Passés' })).toBeVisible()
    // No audit key is ever shown raw.
    await expect(main.getByText(/\b(booking|client)\.[a-z_]+\b/)).toHaveCount(0)
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(englishStaff) })

  test('a staff member reads the team page in English, without the owners’ tools', async ({ page, visit }) => {
    await visit(tenantUrl(pools, '/en/admin/team'))
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible()
    await expect(page.getByRole('row', { name: /Sophie Lavoie.*Owner/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Invitations' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0)
    // Staff choose their own public name only; an address is refused before anything is sent.
    await expect(page.getByRole('textbox', { name: 'Public name of Sophie Lavoie' })).toHaveCount(0)
    const publicName = page.getByRole('textbox', { name: 'Public name of Jordan Miller' })
    await publicName.fill('jordan@mail.test')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('The public name cannot contain an email address')).toBeVisible()
    await publicName.fill('Jordan M.')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('Jordan Miller’s public name saved.')).toBeVisible()
    await page.reload()
    await expect(publicName).toHaveValue('Jordan M.')
    // Back to the first name, as the seed had it, for the other specs.
    await publicName.fill('')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('Jordan Miller’s public name saved.').first()).toBeVisible()
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(poolClient) })

  test('a client of the business gets the 403 page on its /admin, and no data', async ({ page, visit }) => {
    const status = await visit(tenantUrl(pools, '/fr/admin/clients'))
    expect(status).toBe(403)
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Sections de l’administration' })).toHaveCount(0)
    await expect(page.getByText('Marie Gagnon')).toHaveCount(0)
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(poolClient) })

  test('a client of one business opening another business’s /admin gets the 403 page, and no data', async ({
    page,
    visit,
  }) => {
    const clinic = 'clinique-belair'
    const status = await visit(tenantUrl(clinic, '/fr/admin'))
    expect(status).toBe(403)
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible()
    await expect(page.getByText('Julie Bélanger')).toHaveCount(0)
    // The API answers the same: no team list for a stranger.
    const apiStatus = await page.evaluate(async () => (await fetch('/api/trpc/staff.team.list')).status)
    expect(apiStatus).toBe(403)
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('the owner names the privacy officer in the settings, both fields or neither', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
    // Other specs read the seeded officer and the description placeholder: put them back at the end.
    const seededOfficer = {
      name: await main.getByLabel('Nom', { exact: true }).inputValue(),
      email: await main.getByLabel('Adresse courriel').inputValue(),
    }
    await main.getByLabel('Nom', { exact: true }).fill('Anne Roy')
    await main.getByLabel('Adresse courriel').fill('')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(main.getByText('Indiquez le nom et l’adresse courriel, ou aucun des deux.')).toBeVisible()
    await expectAccessible()

    await main.getByLabel('Adresse courriel').fill('vie-privee@piscines-laurentides.example')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    await expect(main.getByLabel('Nom', { exact: true })).toHaveValue('Anne Roy')

    // The description, in each language, on the portal's public page in the reader's language.
    await main.getByLabel('Description en français').fill('Ouverture, entretien et fermeture de piscines.')
    await main.getByLabel('Description en anglais').fill('Pool opening, care and closing.')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
    await visit(tenantUrl(pools, '/fr'))
    await expect(page.getByTestId('tenant-description')).toHaveText('Ouverture, entretien et fermeture de piscines.')
    await visit(tenantUrl(pools, '/en'))
    await expect(page.getByTestId('tenant-description')).toHaveText('Pool opening, care and closing.')

    await visit(tenantUrl(pools, '/fr/admin/settings'))
    await main.getByLabel('Description en français').fill('')
    await main.getByLabel('Description en anglais').fill('')
    await main.getByLabel('Nom', { exact: true }).fill(seededOfficer.name)
    await main.getByLabel('Adresse courriel').fill(seededOfficer.email)
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('the owner gives the business’s phone and address, shown on its public page, and none when emptied', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    const main = page.getByRole('main')
    const contact = main.getByRole('group', { name: 'Téléphone et adresse' })
    const phone = contact.getByLabel('Téléphone')
    // The seeded phone, written as people write it in French.
    await expect(phone).toHaveValue('450 555-0100')
    await phone.fill('555-01')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(phone).toHaveAttribute('aria-invalid', 'true')
    await expect(contact.getByText('Numéro de téléphone invalide (ex. : 514 555-0100).')).toBeVisible()
    await expectAccessible()

    // An address given in part is stopped on the parts missing.
    await phone.fill('(450) 555-0177')
    await contact.getByLabel('Ville').fill('')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(contact.getByLabel('Ville')).toHaveAttribute('aria-invalid', 'true')
    await expect(
      contact.getByText('Complétez l’adresse (rue, ville, province, code postal)', { exact: false }),
    ).toBeVisible()

    await contact.getByLabel('Ville').fill('Mirabel')
    await contact.getByLabel('Code postal').fill('j7j1a1')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
    await visit(tenantUrl(pools, '/en'))
    const shown = page.getByRole('region', { name: 'Contact' })
    await expect(shown.getByRole('link', { name: '450-555-0177' })).toHaveAttribute('href', 'tel:+14505550177')
    await expect(shown.getByTestId('tenant-address')).toContainText(/Mirabel QC\s+J7J 1A1/)

    // Emptied, the public page says nothing of them.
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    for (const label of ['Téléphone', 'Adresse', 'Ville', 'Code postal'])
      await contact.getByLabel(label, { exact: true }).fill('')
    await contact.getByLabel('Province').selectOption('')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
    await visit(tenantUrl(pools, '/fr'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piscines Laurentides')
    await expect(page.getByTestId('tenant-contact')).toHaveCount(0)

    // Other specs read the seeded contact: put it back.
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    await contact.getByLabel('Téléphone').fill('450 555-0100')
    await contact.getByLabel('Adresse', { exact: true }).fill('1250, boulevard du Curé-Labelle')
    await contact.getByLabel('Ville').fill('Saint-Jérôme')
    await contact.getByLabel('Province').selectOption('QC')
    await contact.getByLabel('Code postal').fill('J7Z 5T2')
    await main.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('the owner sends a logo, the portal shows it, and it goes away again', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    const main = page.getByRole('main')
    const file = main.getByLabel('Fichier du logo')
    const send = main.getByRole('button', { name: 'Envoyer le logo' })

    // A web page dressed as a PNG: refused from its bytes, in French, on the field; nothing stored.
    await file.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html><script>alert(document.cookie)</script></html>'),
    })
    await send.click()
    await expect(
      main.getByText(
        'Ce fichier n’est pas une image PNG, JPEG ou WebP (le SVG n’est pas accepté). Rien n’a été enregistré.',
      ),
    ).toBeVisible()
    await expect(file).toHaveAttribute('aria-invalid', 'true')
    await expect(main.getByText('Pas encore de logo', { exact: false })).toBeVisible()
    await expectAccessible()

    await file.setInputFiles(fileURLToPath(new URL('./fixtures/logo.png', import.meta.url)))
    await send.click()
    await expect(page.getByText('Logo enregistré.')).toBeVisible()
    await expect(main.getByRole('img', { name: 'Piscines Laurentides' })).toBeVisible()

    // On the portal: in the header and on the home page, named by the business, loaded.
    await visit(tenantUrl(pools, '/fr'))
    const headerLogo = page.getByTestId('header-logo')
    await expect(headerLogo).toHaveAttribute('alt', 'Piscines Laurentides')
    await expect(page.getByTestId('tenant-logo')).toHaveAttribute('alt', 'Piscines Laurentides')
    await expect.poll(() => headerLogo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(96)
    // Fetched from the page (this run's hosts resolve in the browser only), with the session cookie.
    const served = await headerLogo.evaluate(async (image: HTMLImageElement) => {
      const response = await fetch(image.src)
      return { status: response.status, headers: Object.fromEntries(response.headers.entries()) }
    })
    expect(served.status).toBe(200)
    expect(served.headers['content-type']).toBe('image/png')
    expect(served.headers['x-content-type-options']).toBe('nosniff')
    expect(served.headers['content-security-policy']).toBe("default-src 'none'")
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    await expectAccessible()

    // Other specs expect the name as the header's mark: take the logo away again.
    await visit(tenantUrl(pools, '/fr/admin/settings'))
    await main.getByRole('button', { name: 'Retirer le logo' }).click()
    await expect(page.getByText('Logo retiré.')).toBeVisible()
    await visit(tenantUrl(pools, '/fr'))
    await expect(page.getByTestId('header-logo')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Piscines Laurentides' })).toBeVisible()
  })
})
