import { describe, expect, it } from 'vitest'
import type { EmailBrand } from '../email-types'
import { renderEmail } from '../render-email'
import { billingProps } from './billing-templates.fixtures'

const brand: EmailBrand = {
  name: 'Piscines Laurentides',
  logoUrl: null,
  color: '#0e7490',
  addressLines: ['12 rue Principale', 'Saint-Sauveur QC J0R 1R0'],
  privacyContact: null,
  portalUrl: 'https://piscines-laurentides.portail.ca',
}
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('billing messages', () => {
  it('an invoice: number, amount and due date in each language', async () => {
    const fr = await renderEmail('invoice-issued', billingProps['invoice-issued'], { locale: 'fr', brand })
    expect(fr.subject).toBe('Facture F-000042 de Piscines Laurentides')
    expect(plain(fr.text)).toContain('459,90 $')
    expect(fr.text).toContain('7 janvier 2027')
    const en = await renderEmail('invoice-issued', billingProps['invoice-issued'], { locale: 'en', brand })
    expect(en.subject).toBe('Invoice F-000042 from Piscines Laurentides')
    expect(en.text).toContain('$459.90')
    expect(en.text).toContain('January 7, 2027')
  })

  it('a credit note says so and shows no due date', async () => {
    const props = { ...billingProps['invoice-issued'], kind: 'credit_note' as const, number: 'NC-000003' }
    const mail = await renderEmail('invoice-issued', props, { locale: 'fr', brand })
    expect(mail.subject).toBe('Note de crédit NC-000003 de Piscines Laurentides')
    expect(mail.text).not.toContain('payable au plus tard')
  })

  it('a receipt dates the payment on the business’s clock (03:30 UTC is the evening before in Toronto)', async () => {
    const mail = await renderEmail('payment-receipt', billingProps['payment-receipt'], { locale: 'en', brand })
    expect(mail.text).toContain('on December 7, 2026')
    expect(mail.subject).toBe('Payment receipt from Piscines Laurentides: $459.90')
  })

  it('the staff version of a receipt and of a failed payment names the client', async () => {
    const receipt = await renderEmail(
      'payment-receipt',
      { ...billingProps['payment-receipt'], clientName: 'Élodie Gagnon', recipientName: 'Mathieu' },
      { locale: 'fr', brand },
    )
    expect(plain(receipt.subject)).toBe('Paiement reçu de Élodie Gagnon : 459,90 $')
    const failed = await renderEmail(
      'payment-failed',
      { ...billingProps['payment-failed'], clientName: 'Élodie Gagnon', recipientName: 'Mathieu' },
      { locale: 'en', brand },
    )
    expect(failed.subject).toBe('Payment declined: Élodie Gagnon, $120.00')
    expect(failed.text).not.toContain('Pay again')
  })

  it('a failed payment without a bank reason says nothing of one', async () => {
    const mail = await renderEmail(
      'payment-failed',
      { ...billingProps['payment-failed'], failureMessage: null },
      { locale: 'fr', brand },
    )
    expect(mail.text).not.toContain('Motif')
    expect(mail.text).toContain('Payer de nouveau')
  })

  it('a refund without a credit note does not mention one', async () => {
    const mail = await renderEmail(
      'refund-issued',
      { ...billingProps['refund-issued'], creditNoteNumber: null },
      { locale: 'en', brand },
    )
    expect(mail.text).toContain('refunded $50.00 to you')
    expect(mail.text).not.toContain('Credit note')
  })
})
