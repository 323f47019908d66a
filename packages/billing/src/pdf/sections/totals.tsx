import { Text, View } from '@react-pdf/renderer'
import { formatMoney, formatPercent } from '../format'
import type { InvoiceDocument } from '../invoice-document'
import { taxLabel, type Labels } from '../labels'
import { styles } from '../styles'

interface Props {
  doc: InvoiceDocument
  labels: Labels
  brandColor: string
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <View style={[styles.row, { justifyContent: 'space-between', paddingVertical: 2 }, strong ? styles.bold : {}]}>
      <Text>{label}</Text>
      <Text>{value}</Text>
    </View>
  )
}

/**
 * Subtotal, each tax with its printed rate ('TPS (5 %)', 'GST (5%)'), total; an invoice then shows
 * what was paid and the balance, a receipt the amount received. A credit note stops at its total.
 */
export function Totals({ doc, labels, brandColor }: Props) {
  const money = (cents: number) => formatMoney(cents, doc.language)
  return (
    <View wrap={false} style={[styles.sectionGap, { alignSelf: 'flex-end', width: 250 }]}>
      <Row label={labels.subtotal} value={money(doc.subtotalCents)} />
      {doc.taxes.map((tax) => (
        <Row
          key={tax.code}
          label={`${taxLabel(labels, tax.code)} (${formatPercent(tax.ratePercent, doc.language)})`}
          value={money(tax.amountCents)}
        />
      ))}
      <View style={{ borderTopWidth: 1, borderTopColor: brandColor, marginTop: 2, paddingTop: 2 }}>
        <Row label={labels.total} value={money(doc.totalCents)} strong />
      </View>
      {doc.kind === 'invoice' && doc.paidCents !== 0 ? <Row label={labels.paid} value={money(doc.paidCents)} /> : null}
      {doc.kind === 'invoice' ? <Row label={labels.balanceDue} value={money(doc.balanceCents)} strong /> : null}
      {doc.kind === 'receipt' ? <Row label={labels.amountReceived} value={money(doc.paidCents)} strong /> : null}
      {doc.kind === 'receipt' && doc.balanceCents !== 0 ? (
        <Row label={labels.balanceDue} value={money(doc.balanceCents)} />
      ) : null}
    </View>
  )
}
