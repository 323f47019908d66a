export type NumberedDocumentKind = 'invoice' | 'credit_note' | 'receipt'

const prefixes: Readonly<Record<NumberedDocumentKind, string>> = {
  invoice: 'F',
  credit_note: 'NC',
  receipt: 'R',
}

/** 'F-000042', 'NC-000003', 'R-000017': six digits at least, more once a tenant passes 999,999. */
export function formatInvoiceNumber(kind: NumberedDocumentKind, n: number): string {
  if (!Object.hasOwn(prefixes, kind)) {
    throw new RangeError(`formatInvoiceNumber: unknown kind ${String(kind)}`)
  }
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`formatInvoiceNumber: n must be an integer ≥ 1 (got ${String(n)})`)
  }
  return `${prefixes[kind]}-${String(n).padStart(6, '0')}`
}
