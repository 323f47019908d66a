import { addressToSend, type DetailsFields, detailsFromAddress, type StoredAddress } from './details-fields'
import { isNumber, isRecord, isString } from './read-unknown'

/**
 * What a visitor typed in the booking wizard (address and notes), kept while they sign in. The
 * choice itself (service, options, who, slot) rides in the address bar and comes back through the
 * sign-in's `next`; the typed details stay out of it (a gate code has no place in URLs and logs).
 *
 * Two places: the tab's sessionStorage while typing, and, from the moment the visitor leaves to
 * sign in or join, a short-lived copy in localStorage with the choice too, for a sign-in that ends
 * in another tab (sessionStorage belongs to one tab). The copy is taken (deleted) when the wizard
 * reads it, and both go when the booking is made.
 */
export interface BookingDraft {
  details: DetailsFields
  /** The wizard's search params when the visitor left to sign in, to put back if they were lost. */
  search: string | null
}

/** The two storages of the browser, passed in so that tests give their own. */
export interface DraftStores {
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
}

/** Long enough to read an emailed code and open the client space; short on a shared computer. */
export const handOffMinutes = 30

const typedKey = (tenant: string) => `portail.booking.draft.${tenant}`
const handOffKey = (tenant: string) => `portail.booking.handoff.${tenant}`

/** A kept field: text up to its length, anything else (missing, too long, not text) empty. */
const text = (value: unknown, max: number) => (isString(value) && value.length <= max ? value : '')

function detailsOf(value: unknown): DetailsFields | null {
  if (!isRecord(value)) return null
  return {
    line1: text(value.line1, 200),
    line2: text(value.line2, 200),
    city: text(value.city, 100),
    province: text(value.province, 2),
    postalCode: text(value.postalCode, 10),
    notes: text(value.notes, 2000),
  }
}

function typedOf(value: unknown): { details: DetailsFields } | null {
  const details = isRecord(value) ? detailsOf(value.details) : null
  return details ? { details } : null
}

function handOffOf(value: unknown): (BookingDraft & { savedAt: number }) | null {
  if (!isRecord(value)) return null
  const details = detailsOf(value.details)
  const { search, savedAt } = value
  if (!details || !isNumber(savedAt)) return null
  if (search !== null && !(isString(search) && search.length <= 2000)) return null
  return { details, search, savedAt }
}

function read<T>(store: DraftStores['session'], key: string, shape: (value: unknown) => T | null): T | null {
  try {
    const raw = store.getItem(key)
    return raw === null ? null : shape(JSON.parse(raw))
  } catch {
    // Storage refused (private mode, quota) or garbled: nothing to restore.
    return null
  }
}

function write(store: DraftStores['session'], key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value))
  } catch {
    // Storage refused: the fields simply are not kept across sign-in.
  }
}

function remove(store: DraftStores['session'], key: string): void {
  try {
    store.removeItem(key)
  } catch {
    // Nothing was kept.
  }
}

/** Keeps what was just typed, for this tab. */
export function saveTyped(stores: DraftStores, tenant: string, details: DetailsFields): void {
  write(stores.session, typedKey(tenant), { details })
}

/** Keeps the draft and the choice for the visitor's return from signing in, whichever tab that is. */
export function handOff(stores: DraftStores, tenant: string, draft: BookingDraft, now: number): void {
  write(stores.session, typedKey(tenant), { details: draft.details })
  write(stores.local, handOffKey(tenant), { ...draft, savedAt: now })
}

/**
 * The draft to restore, if any: this tab's typing first (the freshest), else a recent hand-off,
 * which is taken so that no other tab or later visit finds it again.
 */
export function takeDraft(stores: DraftStores, tenant: string, now: number): BookingDraft | null {
  const handedOff = read(stores.local, handOffKey(tenant), handOffOf)
  remove(stores.local, handOffKey(tenant))
  const typed = read(stores.session, typedKey(tenant), typedOf)
  const fresh = handedOff && now - handedOff.savedAt <= handOffMinutes * 60_000 && now >= handedOff.savedAt
  if (typed) return { details: typed.details, search: fresh ? handedOff.search : null }
  if (!handedOff || !fresh) return null
  write(stores.session, typedKey(tenant), { details: handedOff.details })
  return { details: handedOff.details, search: handedOff.search }
}

/** The booking is made: nothing typed for it stays behind. */
export function clearDraft(stores: DraftStores, tenant: string): void {
  remove(stores.session, typedKey(tenant))
  remove(stores.local, handOffKey(tenant))
}

/**
 * The details to show after a return: what was typed, with the client's address on file when
 * they typed none (a visitor does not know the business already has it).
 */
export function restoredDetails(typed: DetailsFields, profileAddress: StoredAddress | null): DetailsFields {
  if (profileAddress && addressToSend(typed) === null) return detailsFromAddress(profileAddress, typed.notes)
  return typed
}

/** The browser's storages, or none where reading them throws (some privacy settings). */
export function browserStores(): DraftStores | null {
  try {
    return { session: window.sessionStorage, local: window.localStorage }
  } catch {
    return null
  }
}
