import type { fr } from './fr'

/** A catalog shaped like another: the same nested keys, any wording. */
export type CatalogOf<T> = { [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]> }

/** The shape every locale's catalog has: French is the reference. */
export type Messages = CatalogOf<typeof fr>
