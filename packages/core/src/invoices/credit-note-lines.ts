import type { DraftLine } from './draft-line'

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
