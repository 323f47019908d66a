import { computeInvoiceTaxes } from '@portail/billing'
import { type DraftLine, taxableLineOf } from './draft-line'
import type { TaxTreatment } from './issue-draft'

/** A whole credit note: every line of the invoice, negated (the engine then negates each tax exactly). */
export const negatedLines = (lines: readonly DraftLine[]): DraftLine[] =>
  lines.map((line) => ({ ...line, unitCents: -line.unitCents, amountCents: -line.amountCents }))

const groupKey = (line: Pick<DraftLine, 'taxable' | 'pstApplies'>) =>
  `${line.taxable ? 't' : 'x'}${line.taxable && line.pstApplies ? 'p' : ''}`

const groupWords: Record<string, { fr: string; en: string }> = {
  t: { fr: '', en: '' },
  tp: { fr: ' (taxable, TVP)', en: ' (taxable, PST)' },
  x: { fr: ' (non taxable)', en: ' (not taxable)' },
}

/**
 * A partial credit note of `amountCents` before tax, pro-rated on the invoice's tax bases: the
 * invoice's lines are summed per tax treatment (taxable, taxable with PST, not taxable), and the
 * amount is shared between those with a positive net in proportion to it (largest remainder, so
 * the shares add up to the amount exactly). One negative line per share: the engine then reverses
 * each tax in the same proportion as the invoice charged it. A deposit already applied (a negative
 * line) lowers its treatment's net, so a credit never reverses tax the invoice did not charge.
 * Returns null when the amount exceeds the positive base.
 */
export function proRatedCreditLines(
  lines: readonly DraftLine[],
  amountCents: number,
  invoiceNumber: string,
): DraftLine[] | null {
  const nets = new Map<string, { taxable: boolean; pstApplies: boolean; net: number }>()
  for (const line of lines) {
    const key = groupKey(line)
    const group = nets.get(key) ?? { taxable: line.taxable, pstApplies: line.taxable && line.pstApplies, net: 0 }
    group.net += line.amountCents
    nets.set(key, group)
  }
  const groups = [...nets.entries()].filter(([, group]) => group.net > 0)
  const base = groups.reduce((sum, [, group]) => sum + group.net, 0)
  if (amountCents <= 0 || amountCents > base) return null
  const shares = groups.map(([key, group]) => {
    const exact = amountCents * group.net
    return { key, group, cents: Math.floor(exact / base), remainder: exact % base }
  })
  let left = amountCents - shares.reduce((sum, share) => sum + share.cents, 0)
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (left === 0) break
    share.cents += 1
    left -= 1
  }
  return shares
    .filter((share) => share.cents > 0)
    .map(({ key, group, cents }) => ({
      descriptionFr: `Crédit partiel sur la facture ${invoiceNumber}${groupWords[key]?.fr ?? ''}`,
      descriptionEn: `Partial credit on invoice ${invoiceNumber}${groupWords[key]?.en ?? ''}`,
      quantity: 1,
      unitCents: -cents,
      amountCents: -cents,
      taxable: group.taxable,
      pstApplies: group.pstApplies,
      kind: 'custom',
      bookingId: null,
    }))
}

/**
 * The pre-tax amount whose pro-rated credit note totals `totalCents` taxes included (a refund of
 * that much), within what is left to credit (`maxPreTaxCents`). Taxes are rounded once per tax, so
 * some totals cannot be reached exactly (two taxes may jump by a cent each at the same step): then
 * the largest pre-tax amount whose total stays below it, so a client is never credited more than
 * refunded. Null when not even one cent fits.
 */
export function preTaxCreditFor(
  lines: readonly DraftLine[],
  totalCents: number,
  maxPreTaxCents: number,
  taxedAs: TaxTreatment,
): { preTaxCents: number; totalCents: number } | null {
  const totalOf = (preTax: number) => {
    const credit = proRatedCreditLines(lines, preTax, '')
    if (credit === null) return null
    return -computeInvoiceTaxes({ lines: credit.map(taxableLineOf), ...taxedAs }).totalCents
  }
  const invoiceBase = lines.reduce((sum, line) => sum + line.amountCents, 0)
  const invoiceTotal = computeInvoiceTaxes({ lines: lines.map(taxableLineOf), ...taxedAs }).totalCents
  const estimate = invoiceTotal > 0 ? Math.floor((totalCents * invoiceBase) / invoiceTotal) : totalCents
  let best: { preTaxCents: number; totalCents: number } | null = null
  // Around the estimate, then down: the exact amount is within a few cents of it when it exists.
  for (let preTax = Math.min(maxPreTaxCents, estimate + 3); preTax >= 1; preTax -= 1) {
    const total = totalOf(preTax)
    if (total === null) continue
    if (total === totalCents) return { preTaxCents: preTax, totalCents: total }
    if (total < totalCents && (best === null || preTax > best.preTaxCents))
      best = { preTaxCents: preTax, totalCents: total }
    if (best !== null && preTax < estimate - 3) break
  }
  return best
}
