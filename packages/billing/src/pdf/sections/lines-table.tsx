import { Text, View } from '@react-pdf/renderer'
import type { ComponentProps } from 'react'
import { formatMoney } from '../format'
import type { InvoiceDocument } from '../invoice-document'
import type { Labels } from '../labels'
import { rule, styles } from '../styles'

interface Props {
  doc: InvoiceDocument
  labels: Labels
  brandColor: string
}

const columns = {
  description: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 8 },
  quantity: { width: 40, textAlign: 'right' as const, alignItems: 'flex-end' as const },
  unit: { width: 86, textAlign: 'right' as const, alignItems: 'flex-end' as const },
  amount: { width: 86, textAlign: 'right' as const, alignItems: 'flex-end' as const },
}

/** A bilingual column title ('Qté / Qty') stacks French over English instead of wrapping mid-label. */
function HeaderCell({ label, style }: { label: string; style: ComponentProps<typeof View>['style'] }) {
  const [first, ...rest] = label.split(' / ')
  return (
    <View style={style}>
      <Text>{first}</Text>
      {rest.length === 0 ? null : <Text style={[styles.small, styles.muted]}>{rest.join(' / ')}</Text>}
    </View>
  )
}

/** Bilingual lines print French first and English below when the two differ. */
function Description({ line, language }: { line: InvoiceDocument['lines'][number]; language: InvoiceDocument['language'] }) {
  if (language === 'en') return <Text>{line.descriptionEn}</Text>
  return (
    <View>
      <Text>{line.descriptionFr}</Text>
      {language === 'fr-en' && line.descriptionEn !== line.descriptionFr ? (
        <Text style={[styles.small, styles.muted]}>{line.descriptionEn}</Text>
      ) : null}
    </View>
  )
}

/** The lines: long descriptions wrap inside their column; a row never splits across pages. */
export function LinesTable({ doc, labels, brandColor }: Props) {
  return (
    <View style={styles.sectionGap}>
      <View style={[styles.row, styles.bold, { borderBottomWidth: 1, borderBottomColor: brandColor, paddingBottom: 3 }]}>
        <HeaderCell style={columns.description} label={labels.description} />
        <HeaderCell style={columns.quantity} label={labels.quantity} />
        <HeaderCell style={columns.unit} label={labels.unitPrice} />
        <HeaderCell style={columns.amount} label={labels.amount} />
      </View>
      {doc.lines.map((line, index) => (
        <View
          key={index}
          wrap={false}
          style={[styles.row, { paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: rule }]}
        >
          <View style={columns.description}>
            <Description line={line} language={doc.language} />
          </View>
          <Text style={columns.quantity}>{line.quantity}</Text>
          <Text style={columns.unit}>{formatMoney(line.unitCents, doc.language)}</Text>
          <Text style={columns.amount}>{formatMoney(line.amountCents, doc.language)}</Text>
        </View>
      ))}
    </View>
  )
}
