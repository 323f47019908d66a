import { describe, expect, it } from 'vitest'
import { renderInvoicePdf } from '../src/pdf/index'
import { creditNote, englishInvoice, frenchInvoice, longInvoice } from './invoice-pdf-fixtures'
import { pdfText } from './pdf-text'

/** pdftotext -layout pads columns with spaces: compare with runs of spaces collapsed. */
const squeeze = (text: string) => text.replace(/ {2,}/g, ' ')

describe('renderInvoicePdf, read back with pdftotext', () => {
  it('a French invoice for a Quebec client keeps every accent and shows taxes, numbers and totals', async () => {
    const pdf = await renderInvoicePdf(frenchInvoice)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { text, pages } = await pdfText(pdf)
    const flat = squeeze(text)
    expect(pages).toHaveLength(1)
    expect(flat).toContain('Facture')
    expect(flat).toContain('N° F-000001')
    expect(flat).toContain('Hélène Bérubé-Çelik')
    expect(flat).toContain('Piscines Côté & Frères inc.')
    expect(flat).toContain('1234, rue de l’Église')
    expect(flat).toContain('Ouverture de piscine « printemps » : retrait de la toile')
    expect(flat).toContain('œuvre garantie à l’intérieur')
    expect(flat).toContain('à l’extérieur, ça va de soi.')
    expect(flat).toContain('123456789 RT0001')
    expect(flat).toContain('1234567890 TQ0001')
    expect(flat).toContain('Date : 4 mai 2026')
    expect(flat).toContain('Échéance : 3 juin 2026')
    expect(flat).toMatch(/Sous-total 149,99 \$/)
    expect(flat).toMatch(/TPS \(5 %\) 7,50 \$/)
    expect(flat).toMatch(/TVQ \(9,975 %\) 14,96 \$/)
    expect(flat).toMatch(/Total 172,45 \$/)
    expect(flat).toMatch(/Solde dû 172,45 \$/)
    expect(flat).toContain('F-000001 · Page 1 de 1')
    expect(flat).not.toContain('Invoice')
  })

  it('an English invoice shows English labels and amounts ($172.45, GST, QST)', async () => {
    const flat = squeeze((await pdfText(await renderInvoicePdf(englishInvoice))).text)
    expect(flat).toContain('Invoice')
    expect(flat).toContain('Spring pool opening')
    expect(flat).toMatch(/GST \(5%\) \$7\.50/)
    expect(flat).toMatch(/QST \(9\.975%\) \$14\.96/)
    expect(flat).toMatch(/Total \$172\.45/)
    expect(flat).toContain('GST/HST No. 123456789 RT0001')
    expect(flat).toContain('Date: May 4, 2026')
    expect(flat).not.toContain('TPS')
  })

  it('a bilingual invoice puts French first on every label and keeps French amounts', async () => {
    const flat = squeeze((await pdfText(await renderInvoicePdf({ ...frenchInvoice, language: 'fr-en' }))).text)
    expect(flat).toContain('Facture / Invoice')
    expect(flat).toContain('TPS/GST n° 123456789 RT0001 · TVQ/QST n° 1234567890 TQ0001')
    expect(flat).toMatch(/TPS \/ GST \(5 %\) 7,50 \$/)
    expect(flat).toMatch(/Solde dû \/ Balance due 172,45 \$/)
    expect(flat).toContain('Spring pool opening')
    expect(flat.indexOf('Ouverture de piscine')).toBeLessThan(flat.indexOf('Spring pool opening'))
  })

  it('a credit note names the invoice it credits and shows negative amounts', async () => {
    const flat = squeeze((await pdfText(await renderInvoicePdf(creditNote))).text)
    expect(flat).toContain('Note de crédit')
    expect(flat).toContain('N° NC-000001')
    expect(flat).toContain('Crédite la facture F-000001 du 4 mai 2026')
    expect(flat).toMatch(/-50,00 \$/)
    expect(flat).toMatch(/TPS \(5 %\) -2,50 \$/)
    expect(flat).toMatch(/TVQ \(9,975 %\) -4,99 \$/)
    expect(flat).toMatch(/Total -57,49 \$/)
    expect(flat).not.toContain('Solde dû')
  })

  it('a receipt shows the payment method, the invoice it pays and the amount received', async () => {
    const receipt = {
      ...frenchInvoice,
      kind: 'receipt' as const,
      number: 'R-000017',
      dueDate: null,
      references: { number: 'F-000001', issueDate: '2026-05-04' },
      paidCents: 17245,
      balanceCents: 0,
      paymentMethod: 'Visa •••• 4242',
    }
    const flat = squeeze((await pdfText(await renderInvoicePdf(receipt))).text)
    expect(flat).toContain('Reçu')
    expect(flat).toContain('Paiement de la facture F-000001 du 4 mai 2026')
    expect(flat).toContain('Mode de paiement : Visa •••• 4242')
    expect(flat).toMatch(/Montant reçu 172,45 \$/)
  })

  it('a 50-line invoice spans two pages, each numbered, with the totals after the last line', async () => {
    const { text, pages } = await pdfText(await renderInvoicePdf(longInvoice))
    expect(pages).toHaveLength(2)
    expect(squeeze(pages[0] ?? '')).toContain('F-000050 · Page 1 de 2')
    const last = squeeze(pages[1] ?? '')
    expect(last).toContain('F-000050 · Page 2 de 2')
    expect(last).toMatch(/Total 2 586,94 \$/)
    for (let n = 1; n <= 50; n += 1) expect(text).toContain(`n° ${n} : analyse`)
  })

  it('refuses a document outside its bounds before any layout', async () => {
    await expect(renderInvoicePdf({ ...frenchInvoice, currency: 'USD' as 'CAD' })).rejects.toThrow(/CAD/)
    await expect(
      renderInvoicePdf({ ...frenchInvoice, seller: { ...frenchInvoice.seller, brandColor: 'red' } }),
    ).rejects.toThrow(RangeError)
  })
})
