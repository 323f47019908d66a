import { Text, View } from '@react-pdf/renderer'
import type { InvoiceDocument } from '../invoice-document'
import type { Labels } from '../labels'
import { styles } from '../styles'

interface Props {
  buyer: InvoiceDocument['buyer']
  labels: Labels
  brandColor: string
}

/** Who the document is for: the client's name is required on every invoice of a registered business. */
export function Parties({ buyer, labels, brandColor }: Props) {
  return (
    <View style={[styles.sectionGap, { width: '55%' }]}>
      <Text style={[styles.bold, styles.small, { color: brandColor, textTransform: 'uppercase', marginBottom: 3 }]}>
        {labels.billTo}
      </Text>
      <Text style={styles.bold}>{buyer.name}</Text>
      {buyer.address.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
      {buyer.email === null ? null : <Text>{buyer.email}</Text>}
    </View>
  )
}
