import type { Locale } from '../locales'
import { en } from './en'
import { fr } from './fr'
import type { Messages } from './messages'

export type { Messages } from './messages'

export const catalogs: Record<Locale, Messages> = { fr, en }
