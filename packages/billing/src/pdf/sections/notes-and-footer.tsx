import { Text, View } from '@react-pdf/renderer'
import { fill, type Labels } from '../labels'
import { styles } from '../styles'

/** The business's free text (terms, thanks), printed as given. */
export function Notes({ notes, labels }: { notes: string | null; labels: Labels }) {
  if (notes === null || notes.trim() === '') return null
  return (
    <View style={styles.sectionGap}>
      <Text style={[styles.bold, { marginBottom: 2 }]}>{labels.notes}</Text>
      <Text>{notes}</Text>
    </View>
  )
}

/** Repeated on every page: the document number and 'Page n de N'. */
export function Footer({ number, labels }: { number: string; labels: Labels }) {
  return (
    <Text
      fixed
      style={styles.footer}
      render={({ pageNumber, totalPages }) =>
        `${number} · ${fill(labels.pageOf, { page: pageNumber, total: totalPages })}`
      }
    />
  )
}
