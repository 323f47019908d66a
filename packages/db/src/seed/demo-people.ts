import type { DemoTenantSlug } from './demo-tenants'

export interface DemoUser {
  email: string
  name: string
  locale: 'fr' | 'en'
}

export interface DemoStaff extends DemoUser {
  tenant: DemoTenantSlug
  role: 'owner' | 'admin' | 'staff'
}

/**
 * The dev identity adapter signs in by email and looks users up by `dev:<email>`, so every demo
 * person can be impersonated from the sign-in page with the address below.
 */
export const devExternalId = (email: string) => `dev:${email.toLowerCase()}`

export const demoOperator: DemoUser = { email: 'operator@portail.local', name: 'Opérateur Portail', locale: 'fr' }

export const demoStaff: readonly DemoStaff[] = [
  {
    tenant: 'piscines-laurentides',
    role: 'owner',
    email: 'sophie@piscines-laurentides.example',
    name: 'Sophie Lavoie',
    locale: 'fr',
  },
  {
    tenant: 'piscines-laurentides',
    role: 'staff',
    email: 'mathieu@piscines-laurentides.example',
    name: 'Mathieu Côté',
    locale: 'fr',
  },
  {
    tenant: 'piscines-laurentides',
    role: 'staff',
    email: 'jordan@piscines-laurentides.example',
    name: 'Jordan Miller',
    locale: 'en',
  },
  {
    tenant: 'clinique-belair',
    role: 'owner',
    email: 'julie@clinique-belair.example',
    name: 'Julie Bélanger',
    locale: 'fr',
  },
  {
    tenant: 'clinique-belair',
    role: 'admin',
    email: 'alex@clinique-belair.example',
    name: 'Alex Nguyen',
    locale: 'en',
  },
  {
    tenant: 'clinique-belair',
    role: 'staff',
    email: 'camille@clinique-belair.example',
    name: 'Camille Leblanc',
    locale: 'fr',
  },
  {
    tenant: 'tremblay-cpa',
    role: 'owner',
    email: 'pierre@tremblay-cpa.example',
    name: 'Pierre Tremblay',
    locale: 'fr',
  },
  { tenant: 'tremblay-cpa', role: 'staff', email: 'emily@tremblay-cpa.example', name: 'Emily Chen', locale: 'en' },
  {
    tenant: 'atelier-ferme',
    role: 'owner',
    email: 'gilles@atelier-ferme.example',
    name: 'Gilles Fortin',
    locale: 'fr',
  },
]

/**
 * Clients who already have an account, so the client portal can be demonstrated. Marie Gagnon is
 * a client of two businesses: one person, one user, two client rows.
 */
export const demoClientAccounts: readonly DemoUser[] = [
  { email: 'marie.gagnon@example.com', name: 'Marie Gagnon', locale: 'fr' },
  { email: 'david.thompson@example.com', name: 'David Thompson', locale: 'en' },
  { email: 'olivier.martin@example.com', name: 'Olivier Martin', locale: 'fr' },
]
