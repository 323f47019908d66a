import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'

test('a business’s public page shows who it is and invites its clients to sign in', async ({ page, visit }) => {
  expect(await visit(tenantUrl('piscines-laurentides'))).toBe(200)
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piscines Laurentides')
  await expect(page.getByText('Entretien de piscines')).toBeVisible()
  await expect(page.getByText('Piscines Laurentides présentera bientôt ses services ici.')).toBeVisible()
  await page.getByRole('link', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr/sign-in'))
})

test('a visitor reads the business’s services and its opening hours on its clock, in each language', async ({
  page,
  visit,
}) => {
  expect(await visit(tenantUrl('piscines-laurentides', '/fr'))).toBe(200)
  const services = page.getByRole('region', { name: 'Services' })
  await expect(services.getByRole('listitem').filter({ hasText: 'Ouverture de piscine' })).toContainText('2 h')
  await expect(services.getByRole('listitem').filter({ hasText: 'Ouverture de piscine' })).toContainText('275,00 $')
  const hours = page.getByRole('region', { name: 'Heures d’ouverture' })
  // The demo team works 8-12 and 13-17 on weekdays (lunch closed), nobody on weekends.
  // On the hour, French writes no minutes ("8 h", as every time in Portail).
  await expect(hours.getByTestId('opening-hours')).toContainText(/lundi\s*8\sh à 12\sh, 13\sh à 17\sh/i)
  await expect(hours.getByTestId('opening-hours')).toContainText(/dimanche\s*Fermé/i)
  await expect(hours).toContainText('heure de l’Est')

  expect(await visit(tenantUrl('piscines-laurentides', '/en'))).toBe(200)
  const servicesEn = page.getByRole('region', { name: 'Services' })
  await expect(servicesEn.getByRole('listitem').filter({ hasText: 'Pool opening' })).toContainText('$275.00')
  await expect(page.getByRole('region', { name: 'Opening hours' }).getByTestId('opening-hours')).toContainText(
    /Monday\s*8:00\sa\.m\. to 12:00\sp\.m\., 1:00\sp\.m\. to 5:00\sp\.m\./,
  )
})

test('a visitor finds the business’s phone, as a number to call, and its address, in each language', async ({
  page,
  visit,
}) => {
  expect(await visit(tenantUrl('piscines-laurentides', '/fr'))).toBe(200)
  const contact = page.getByRole('region', { name: 'Nous joindre' })
  // Stored as +14505550100: written as people write it in French, dialled as stored.
  const call = contact.getByRole('link', { name: '450 555-0100' })
  await expect(call).toHaveAttribute('href', 'tel:+14505550100')
  await expect(contact.getByText('+14505550100')).toHaveCount(0)
  const address = contact.getByTestId('tenant-address')
  await expect(address).toContainText('1250, boulevard du Curé-Labelle')
  await expect(address).toContainText(/Saint-Jérôme QC\s+J7Z 5T2/)

  expect(await visit(tenantUrl('piscines-laurentides', '/en'))).toBe(200)
  const contactEn = page.getByRole('region', { name: 'Contact' })
  await expect(contactEn.getByRole('link', { name: '450-555-0100' })).toHaveAttribute('href', 'tel:+14505550100')
  await expect(contactEn.getByTestId('tenant-address')).toContainText(/Saint-Jérôme QC\s+J7Z 5T2/)
})
