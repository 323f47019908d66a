import { Text, View } from '@react-pdf/renderer'
import { formatDate } from '../format'
import type { InvoiceDocument } from '../invoice-document'
import { fill, type Labels } from '../labels'
import { styles } from '../styles'

interface Props {
  doc: InvoiceDocument
  labels: Labels
  brandColor: string
}

function registrationLine(doc: InvoiceDocument, labels: Labels): string | null {
  const numbers = [
    doc.seller.gstHstNumber === null ? null : `${labels.gstHstNumber} ${doc.seller.gstHstNumber}`,
    doc.seller.qstNumber === null ? null : `${labels.qstNumber} ${doc.seller.qstNumber}`,
    doc.seller.pstNumber === null ? null : `${labels.pstNumber} ${doc.seller.pstNumber}`,
  ].filter((part) => part !== null)
  return numbers.length === 0 ? null : numbers.join(' · ')
}

/** The seller (name, address, registration numbers) and the document's title, number and dates. */
export function Header({ doc, labels, brandColor }: Props) {
  const registrations = registrationLine(doc, labels)
  const contact = [doc.seller.email, doc.seller.phone].filter((part) => part !== null).join(' · ')
  const reference =
    doc.references === null || doc.kind === 'invoice'
      ? null
      : fill(doc.kind === 'credit_note' ? labels.creditsInvoice : labels.paysInvoice, {
          number: doc.references.number,
          date: formatDate(doc.references.issueDate, doc.language),
        })
  return (
    <View style={[styles.row, { justifyContent: 'space-between', borderBottomWidth: 2, borderBottomColor: brandColor, paddingBottom: 12 }]}>
      <View style={{ width: '55%' }}>
        <Text style={[styles.bold, { fontSize: 14, color: brandColor, marginBottom: 4 }]}>{doc.seller.name}</Text>
        {doc.seller.address.map((line, index) => (
          <Text key={index}>{line}</Text>
        ))}
        {contact === '' ? null : <Text>{contact}</Text>}
        {registrations === null ? null : <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>{registrations}</Text>}
      </View>
      <View style={{ width: '42%', alignItems: 'flex-end' }}>
        <Text style={[styles.bold, { fontSize: 16, color: brandColor, marginBottom: 4, textAlign: 'right' }]}>{labels[doc.kind]}</Text>
        <Text style={styles.bold}>
          {labels.number} {doc.number}
        </Text>
        <Text>
          {labels.issueDate}
          {labels.colon} {formatDate(doc.issueDate, doc.language)}
        </Text>
        {doc.dueDate === null ? null : (
          <Text>
            {labels.dueDate}
            {labels.colon} {formatDate(doc.dueDate, doc.language)}
          </Text>
        )}
        {reference === null ? null : <Text style={{ textAlign: 'right' }}>{reference}</Text>}
        {doc.paymentMethod === null || doc.kind !== 'receipt' ? null : (
          <Text style={{ textAlign: 'right' }}>
            {labels.paymentMethod}
            {labels.colon} {doc.paymentMethod}
          </Text>
        )}
      </View>
    </View>
  )
}
