import type { domainErrorsFr } from './fr/domain-errors'
import type { CatalogOf } from './messages'

/** The shape of every language's domain error catalog: French is the reference. */
export type DomainErrorMessages = CatalogOf<typeof domainErrorsFr>
